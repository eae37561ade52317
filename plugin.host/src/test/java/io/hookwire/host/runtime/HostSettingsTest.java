package io.hookwire.host.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HostSettingsTest {

    private static HostSettings settings(Map<String, String> properties, Map<String, String> environment) {
        return new HostSettings(properties::get, environment);
    }

    @Test
    void aPropertyWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        assertThat(settings(Map.of("hookwire.http.port", "9001"), Map.of("HOOKWIRE_HTTP_PORT", "9002")).httpPort())
                .isEqualTo(9001);
        assertThat(settings(Map.of(), Map.of("HOOKWIRE_HTTP_PORT", "9002")).httpPort()).isEqualTo(9002);
        assertThat(settings(Map.of(), Map.of()).httpPort()).isEqualTo(8080);
        assertThat(settings(Map.of(), Map.of()).httpHost()).isEqualTo("localhost");
        assertThat(settings(Map.of(), Map.of()).logLevel()).isEqualTo("INFO");
    }

    @Test
    void theDataFolderIsAbsolute() {
        assertThat(settings(Map.of(), Map.of()).dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(settings(Map.of(), Map.of("HOOKWIRE_DATA", "/var/lib/hookwire")).dataDir())
                .isEqualTo(Path.of("/var/lib/hookwire"));
    }

    @Test
    void aBadPortNamesTheSettingAndWhatIsExpected() {
        for (String bad : new String[] {"http", "0", "65536", "-1"}) {
            assertThatThrownBy(() -> settings(Map.of(), Map.of("HOOKWIRE_HTTP_PORT", bad)).httpPort())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("hookwire.http.port")
                    .hasMessageContaining("HOOKWIRE_HTTP_PORT")
                    .hasMessageContaining("1 to 65535")
                    .hasMessageContaining("'" + bad + "'");
        }
    }

    @Test
    void aLogLevelIsCaseInsensitiveAndABadOneIsRefused() {
        assertThat(settings(Map.of("hookwire.log.level", "debug"), Map.of()).logLevel()).isEqualTo("DEBUG");
        assertThatThrownBy(() -> settings(Map.of("hookwire.log.level", "loud"), Map.of()).logLevel())
                .hasMessageContaining("TRACE, DEBUG, INFO, WARN, ERROR, OFF");
    }

    @Test
    void environmentNamesFollowTheProperties() {
        assertThat(HostSettings.environmentName("hookwire.http.port")).isEqualTo("HOOKWIRE_HTTP_PORT");
    }

    @Test
    void theDatabaseIsAnH2FileInTheDataFolderUnlessAUrlIsGiven() {
        HostSettings defaults = settings(Map.of("hookwire.data", "/srv/hw"), Map.of());
        assertThat(defaults.dbUrl()).isEqualTo("jdbc:h2:file:/srv/hw/db/hookwire;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;"
                + "NON_KEYWORDS=VALUE");
        assertThat(defaults.dbUser()).isEqualTo("sa");
        assertThat(defaults.dbPassword()).isNull();
        assertThat(defaults.dbPoolSize()).isEqualTo(10);
        assertThat(defaults.dbStaleLockMinutes()).isEqualTo(10);

        HostSettings postgres = settings(Map.of(), Map.of("HOOKWIRE_DB_URL", "jdbc:postgresql://db:5432/hw",
                "HOOKWIRE_DB_USER", "hw", "HOOKWIRE_DB_PASSWORD", "s3cret", "HOOKWIRE_DB_POOL_SIZE", "20"));
        assertThat(postgres.dbUrl()).isEqualTo("jdbc:postgresql://db:5432/hw");
        assertThat(postgres.dbUser()).isEqualTo("hw");
        assertThat(postgres.dbPassword()).isEqualTo("s3cret");
        assertThat(postgres.dbPoolSize()).isEqualTo(20);
        assertThat(settings(Map.of(), Map.of("HOOKWIRE_DB_URL", "jdbc:postgresql://db/hw")).dbUser()).isNull();
    }

    @Test
    void aBadDatabaseSettingNamesItAndHidesThePassword() {
        assertThatThrownBy(() -> settings(Map.of("hookwire.db.url", "jdbc:mysql://db/hw?password=s3cret"), Map.of())
                .dbUrl()).hasMessageContaining("hookwire.db.url").hasMessageContaining("HOOKWIRE_DB_URL")
                .hasMessageContaining("jdbc:postgresql:").hasMessageNotContaining("s3cret");
        for (String bad : new String[] {"0", "501", "ten"}) {
            assertThatThrownBy(() -> settings(Map.of(), Map.of("HOOKWIRE_DB_POOL_SIZE", bad)).dbPoolSize())
                    .hasMessageContaining("hookwire.db.pool.size").hasMessageContaining("'" + bad + "'");
        }
    }
}
