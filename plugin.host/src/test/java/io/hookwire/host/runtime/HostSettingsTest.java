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
}
