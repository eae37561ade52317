package io.hookwire.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Hashtable;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Plugin identity from manifest headers, and the refusal of bad values. */
class PluginDescriptorTest {
    private static PluginDescriptor read(Map<String, String> headers) {
        return PluginDescriptor.of(new Hashtable<>(headers), "io.example.notes", "1.2.0");
    }

    @Test
    void aBundleWithoutPluginIdIsALibrary() {
        assertThat(read(Map.of("Bundle-Name", "a library"))).isNull();
    }

    @Test
    void readsTheHeadersWithTheirDefaults() {
        PluginDescriptor d = read(Map.of("Plugin-Id", "notes"));
        assertThat(d.id()).isEqualTo("notes");
        assertThat(d.name()).isEqualTo("notes");
        assertThat(d.category()).isEqualTo("optional");
        assertThat(d.core()).isFalse();
        assertThat(d.migrations()).isNull();
        assertThat(d.version()).isEqualTo("1.2.0");

        PluginDescriptor full = read(Map.of("Plugin-Id", "enterprise-audit", "Plugin-Name", "Enterprise Audit",
                "Plugin-Category", "core", "Plugin-Migrations", "/db/changelog.xml", "Plugin-Client", "web/index.js"));
        assertThat(full.core()).isTrue();
        assertThat(full.name()).isEqualTo("Enterprise Audit");
        assertThat(full.migrations()).isEqualTo("db/changelog.xml");
        assertThat(full.client()).isEqualTo("web/index.js");
    }

    @Test
    void aBadIdIsRefusedWithTheExpectedShape() {
        for (String bad : new String[] {"Notes", "1notes", "notes_app", "-notes", "a".repeat(41), "no tes"}) {
            assertThatThrownBy(() -> read(Map.of("Plugin-Id", bad)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Plugin-Id '" + bad + "'")
                    .hasMessageContaining("at most 40 characters");
        }
        assertThat(read(Map.of("Plugin-Id", "a".repeat(40))).id()).hasSize(40);
    }

    @Test
    void aBadCategoryOrPathIsRefused() {
        assertThatThrownBy(() -> read(Map.of("Plugin-Id", "notes", "Plugin-Category", "essential")))
                .hasMessageContaining("must be 'core' or 'optional', not 'essential'");
        assertThatThrownBy(() -> read(Map.of("Plugin-Id", "notes", "Plugin-Migrations", "../../etc/passwd")))
                .hasMessageContaining("must be a path inside the bundle");
    }
}
