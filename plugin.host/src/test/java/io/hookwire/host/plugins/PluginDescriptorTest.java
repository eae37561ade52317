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

    @Test
    void theClientModuleLiesInAFolderOfItsOwn() {
        PluginDescriptor d = read(Map.of("Plugin-Id", "notes", "Plugin-Client", "/client/index.js"));
        assertThat(d.client()).isEqualTo("client/index.js");
        assertThat(d.clientFolder()).isEqualTo("client/");
        assertThat(read(Map.of("Plugin-Id", "notes", "Plugin-Client", "web/app/main.mjs")).clientFolder())
                .isEqualTo("web/app/");
        assertThat(read(Map.of("Plugin-Id", "notes")).clientFolder()).isNull();
    }

    @Test
    void aClientModuleAtTheRootInTheMetadataOrNotJavaScriptIsRefused() {
        Map<String, String> reasons = Map.of(
                "index.js", "at the bundle root",
                "/index.js", "at the bundle root",
                "META-INF/index.js", "under META-INF/",
                "meta-inf/client/index.js", "under meta-inf/",
                "OSGI-INF/x/index.js", "under OSGI-INF/",
                "client/index.ts", "not a JavaScript module",
                "client/.js", "not a JavaScript module",
                "client//index.js", "empty or '.' folder",
                "./client/index.js", "empty or '.' folder",
                "client/../index.js", "must be a path inside the bundle");
        reasons.forEach((header, reason) -> assertThatThrownBy(
                () -> read(Map.of("Plugin-Id", "notes", "Plugin-Client", header)))
                .as(header)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(reason)
                .hasMessageContaining("Plugin-Client"));
    }
}
