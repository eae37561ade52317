package io.hookwire.host.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {
    @Test
    void theUrlChoosesTheDriver() {
        assertThat(DatabaseUrls.driverClass("jdbc:h2:file:/x/db;WRITE_DELAY=0")).isEqualTo("org.h2.Driver");
        assertThat(DatabaseUrls.driverClass("jdbc:postgresql://db:5432/hw")).isEqualTo("org.postgresql.Driver");
        assertThatThrownBy(() -> DatabaseUrls.driverClass("jdbc:mysql://db/hw?password=secret"))
                .hasMessageContaining("jdbc:mysql://db/hw").hasMessageContaining("hookwire.db.url")
                .hasMessageNotContaining("secret");
    }

    @Test
    void theLocationHidesOptionsAndCredentials() {
        assertThat(DatabaseUrls.location("jdbc:h2:file:/data/db/hookwire;WRITE_DELAY=0;PASSWORD=x"))
                .isEqualTo("jdbc:h2:file:/data/db/hookwire");
        assertThat(DatabaseUrls.location("jdbc:postgresql://u:pw@db:5432/hw?password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/hw");
    }
}
