package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test plugins are built as the deploy tests expect them: each jar exists, carries its plugin headers, symbolic
 * name and version, holds its changelog and its one failure mechanism; none of them is part of the runtime; and the
 * corrupt and plain jars are what they claim to be. Plain JUnit 5, no framework.
 */
class PluginArtifactsIT {
    /** What one test plugin's manifest must say; {@code migrations} is null when it has no changelog. */
    record Expected(String module, String pluginId, String symbolicName, String version, String migrations) {}

    /** The build version as bnd writes it into Bundle-Version: 0.1.0-SNAPSHOT gives 0.1.0.SNAPSHOT. */
    private static final String BUILD = System.getProperty("hookwire.test.plugins.version", "0.1.0-SNAPSHOT")
            .replace('-', '.');
    private static final String CHANGELOG = "db/changelog.xml";

    static Stream<Expected> plugins() {
        return Stream.of(
                new Expected("failing", "test-failing", "io.hookwire.test-plugin-failing", BUILD, null),
                new Expected("hanging", "test-hanging", "io.hookwire.test-plugin-hanging", BUILD, null),
                new Expected("bad-activator", "test-bad-activator", "io.hookwire.test-plugin-bad-activator", BUILD,
                        null),
                new Expected("bad-component", "test-bad-component", "io.hookwire.test-plugin-bad-component", BUILD,
                        null),
                new Expected("unresolvable", "test-unresolvable", "io.hookwire.test-plugin-unresolvable", BUILD, null),
                new Expected("migration", "test-migration", "io.hookwire.test-plugin-migration", "1.0.0", CHANGELOG),
                new Expected("migration-v2", "test-migration", "io.hookwire.test-plugin-migration", "2.0.0",
                        CHANGELOG),
                new Expected("migration-outside", "test-migration-outside",
                        "io.hookwire.test-plugin-migration-outside", BUILD, CHANGELOG),
                new Expected("migration-halfway", "test-migration-halfway",
                        "io.hookwire.test-plugin-migration-halfway", BUILD, CHANGELOG),
                new Expected("duplicate", "user-greeter", "io.hookwire.test-plugin-duplicate", BUILD, null),
                new Expected("tenant", "test-tenant", "io.hookwire.test-plugin-tenant", BUILD, null),
                new Expected("greeter-v2", "user-greeter", "io.hookwire.user-greeter", "2.0.0", null),
                new Expected("capabilities", "test-capabilities", "io.hookwire.test-plugin-capabilities", BUILD,
                        null),
                new Expected("recorder", "test-recorder", "io.hookwire.test-plugin-recorder", BUILD, null),
                new Expected("guarded", "test-guarded", "io.hookwire.test-plugin-guarded", BUILD, null),
                new Expected("pipeline", "test-pipeline", "io.hookwire.test-plugin-pipeline", BUILD, null),
                new Expected("client-probe", "client-probe", "io.hookwire.test-plugin-client-probe", BUILD, null),
                new Expected("client-broken", "test-client-broken", "io.hookwire.test-plugin-client-broken", BUILD,
                        null),
                new Expected("client-widget-throws", "test-client-widget-throws",
                        "io.hookwire.test-plugin-client-widget-throws", BUILD, null),
                new Expected("client-hang", "test-client-hang", "io.hookwire.test-plugin-client-hang", BUILD, null),
                new Expected("client-theme", "test-client-theme", "io.hookwire.test-plugin-client-theme", BUILD,
                        null));
    }

    @Test
    void everyTestPluginModuleIsListedAndChecked() throws IOException {
        Path modules = Path.of(System.getProperty("hookwire.test.plugins", "plugins"));
        List<String> found;
        try (Stream<Path> dirs = Files.list(modules)) {
            found = dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml")))
                    .map(d -> d.getFileName().toString()).toList();
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(TestArtifacts.PLUGINS);
        assertThat(plugins().map(Expected::module)).containsExactlyInAnyOrderElementsOf(TestArtifacts.PLUGINS);
    }

    @ParameterizedTest
    @MethodSource("plugins")
    void eachTestPluginIsBuiltWithItsHeaders(Expected expected) throws IOException {
        Path jar = TestArtifacts.plugin(expected.module());
        assertThat(jar.getFileName().toString()).startsWith("test-plugin-" + expected.module() + "-");
        try (JarFile file = new JarFile(jar.toFile())) {
            Attributes headers = file.getManifest().getMainAttributes();
            assertThat(headers.getValue("Plugin-Id")).isEqualTo(expected.pluginId());
            assertThat(headers.getValue("Plugin-Name")).isNotBlank();
            assertThat(headers.getValue("Plugin-Category")).isEqualTo("optional");
            assertThat(headers.getValue("Bundle-SymbolicName").split(";")[0].strip())
                    .isEqualTo(expected.symbolicName());
            assertThat(headers.getValue("Bundle-Version")).isEqualTo(expected.version());
            assertThat(headers.getValue("Plugin-Migrations")).isEqualTo(expected.migrations());
            if (expected.migrations() != null) {
                assertThat(file.getEntry(expected.migrations())).as("the changelog inside the jar").isNotNull();
            }
            if (expected.module().startsWith("client-")) {
                // browser modules only: the header names the module, and the module is in the jar
                assertThat(headers.getValue("Plugin-Client")).isEqualTo("client/index.js");
                assertThat(file.getEntry("client/index.js")).as("the browser module inside the jar").isNotNull();
            }
        }
    }

    @Test
    void eachFailingPluginCarriesItsOneFailureMechanism() throws IOException {
        Attributes activator = headers("bad-activator");
        assertThat(activator.getValue("Bundle-Activator"))
                .isEqualTo("io.hookwire.testplugin.badactivator.FailingActivator");
        assertThat(activator.getValue("Service-Component")).isNull();
        assertThat(contains("bad-activator", "io/hookwire/testplugin/badactivator/FailingActivator.class")).isTrue();

        Attributes component = headers("bad-component");
        assertThat(component.getValue("Bundle-Activator")).isNull();
        assertThat(component.getValue("Service-Component"))
                .isEqualTo("OSGI-INF/io.hookwire.testplugin.badcomponent.FailingComponent.xml");

        assertThat(headers("unresolvable").getValue("Import-Package"))
                .contains("com.example.nowhere;version=\"[1,2)\"");
        assertThat(headers("failing").getValue("Export-Package")).startsWith("io.hookwire.testplugin.failing;");
        assertThat(headers("hanging").getValue("Export-Package")).startsWith("io.hookwire.testplugin.hanging;");
        assertThat(headers("tenant").getValue("Export-Package")).startsWith("io.hookwire.testplugin.tenant;");
        assertThat(headers("client-probe").getValue("Plugin-Client")).isEqualTo("client/index.js");
        for (String entry : new String[] {"client/index.js", "client/style.css", "client/nested/part.js",
                "secret/data.txt", "io/hookwire/testplugin/clientprobe/Probe.class"}) {
            assertThat(contains("client-probe", entry)).as(entry).isTrue();
        }
        assertThat(text("migration", "OSGI-INF/io.hookwire.testplugin.migration.internal.ItemsResource.xml"))
                .contains("interface=\"javax.sql.DataSource\" target=\"(hookwire.datasource=main)\"");
    }

    @Test
    void theChangelogsNameTheTablesTheTestsExpect() throws IOException {
        assertThat(tables("migration")).containsOnly("plugin_test_migration__items");
        assertThat(tables("migration-v2")).containsOnly("plugin_test_migration__items");
        assertThat(tables("migration-outside")).containsExactly("evil_table");
        assertThat(tables("migration-halfway"))
                .containsExactly("plugin_test_migration_halfway__first", "plugin_test_migration_halfway__missing");

        String v1 = text("migration", CHANGELOG);
        String v2 = text("migration-v2", CHANGELOG);
        String firstChangeSet = v1.substring(v1.indexOf("<changeSet"), v1.indexOf("</changeSet>"));
        assertThat(v2).as("version 2 repeats version 1's changeset unchanged, so its checksum matches")
                .contains(firstChangeSet).contains("<changeSet id=\"2-add-note\"").contains("<column name=\"note\"");
    }

    @Test
    void noPluginIsPartOfTheRuntime() throws IOException {
        List<String> names = new ArrayList<>();
        for (RuntimeUnderTest.RunBundle bundle : RuntimeUnderTest.load().bundles) {
            names.add(bundle.symbolicName());
        }
        assertThat(names).as("plugins arrive through the deploy folder, the example plugin too")
                .contains("io.hookwire.plugin.host").doesNotContain("io.hookwire.user-greeter")
                .noneMatch(n -> n.startsWith("io.hookwire.test-plugin"));
    }

    /** What an example plugin's manifest must say, and one table its changelog creates. */
    record Example(String module, String category, String table) {}

    @Test
    void everyExamplePluginIsListedAndBuiltWithItsHeadersAndChangelog() throws IOException {
        Path modules = Path.of(System.getProperty("hookwire.example.plugins", "../plugins"));
        try (Stream<Path> dirs = Files.list(modules)) {
            assertThat(dirs.filter(d -> Files.isRegularFile(d.resolve("pom.xml"))).map(d -> d.getFileName().toString()))
                    .as("./run deploys every module under plugins/; the tests deploy TestArtifacts.EXAMPLES")
                    .containsExactlyInAnyOrderElementsOf(TestArtifacts.EXAMPLES);
        }
        for (Example e : List.of(new Example("user-greeter", "optional", "plugin_user_greeter__greetings"),
                new Example("enterprise-audit", "core", "plugin_enterprise_audit__events"),
                new Example("notes", "optional", "plugin_notes__notes"))) {
            try (JarFile jar = new JarFile(TestArtifacts.example(e.module()).toFile())) {
                Attributes headers = jar.getManifest().getMainAttributes();
                assertThat(headers.getValue("Plugin-Id")).isEqualTo(e.module());
                assertThat(headers.getValue("Plugin-Category")).isEqualTo(e.category());
                assertThat(headers.getValue("Plugin-Migrations")).isEqualTo(CHANGELOG);
                try (InputStream in = jar.getInputStream(jar.getEntry(CHANGELOG))) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                            .contains("tableName=\"" + e.table() + "\"");
                }
                // plugins compile against hooks.api only: nothing of the host's is imported
                assertThat(headers.getValue("Import-Package")).doesNotContain("io.hookwire.host");
            }
        }
        try (JarFile notes = new JarFile(TestArtifacts.example("notes").toFile())) {
            assertThat(notes.getManifest().getMainAttributes().getValue("Export-Package"))
                    .as("the notes plugin's hooks are for other plugins").startsWith("io.hookwire.notes;");
        }
    }

    @Test
    void theCorruptJarIsNoZipAndThePlainJarIsNoBundle() throws IOException {
        Path dir = RuntimeUnderTest.newWorkDir("artifacts");
        Path corrupt = TestArtifacts.corruptJar(dir);
        assertThat(corrupt.getFileName().toString()).isEqualTo("corrupt.jar");
        assertThat(Files.size(corrupt)).isPositive();
        assertThatThrownBy(() -> new JarFile(corrupt.toFile()).close()).isInstanceOf(ZipException.class);

        Path plain = TestArtifacts.plainJar(dir);
        assertThat(plain.getFileName().toString()).isEqualTo("plain.jar");
        try (JarFile jar = new JarFile(plain.toFile())) {
            Attributes headers = jar.getManifest().getMainAttributes();
            assertThat(headers.getValue("Manifest-Version")).isEqualTo("1.0");
            assertThat(headers.getValue("Bundle-SymbolicName")).isNull();
            assertThat(headers.getValue("Bundle-ManifestVersion")).isNull();
            assertThat(jar.getEntry("hello.txt")).isNotNull();
        }
    }

    @Test
    void deployingUnderAnExistingNameReplacesTheFileAndLeavesNothingBehind() throws IOException {
        Path deploy = Files.createDirectory(RuntimeUnderTest.newWorkDir("deploy").resolve("deploy"));
        Path v1 = TestArtifacts.deploy("migration", deploy);
        assertThat(v1.getFileName().toString()).isEqualTo(TestArtifacts.plugin("migration").getFileName().toString());

        Path v2 = TestArtifacts.deploy("migration-v2", deploy, v1.getFileName().toString());
        assertThat(v2).isEqualTo(v1);
        assertThat(Files.mismatch(v2, TestArtifacts.plugin("migration-v2"))).isEqualTo(-1L);
        try (Stream<Path> files = Files.list(deploy); Stream<Path> beside = Files.list(deploy.getParent())) {
            assertThat(files).containsExactly(v1);
            assertThat(beside).containsExactly(deploy);
        }
        assertThatThrownBy(() -> TestArtifacts.plugin("nope")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("failing");
    }

    private static Attributes headers(String module) throws IOException {
        try (JarFile jar = new JarFile(TestArtifacts.plugin(module).toFile())) {
            return jar.getManifest().getMainAttributes();
        }
    }

    private static boolean contains(String module, String name) throws IOException {
        try (JarFile jar = new JarFile(TestArtifacts.plugin(module).toFile())) {
            return jar.getEntry(name) != null;
        }
    }

    private static String text(String module, String name) throws IOException {
        try (JarFile jar = new JarFile(TestArtifacts.plugin(module).toFile())) {
            assertThat(jar.getEntry(name)).as(name + " in " + module).isNotNull();
            try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }

    /** The tableName attributes of a test plugin's changelog, in order. */
    private static List<String> tables(String module) throws IOException {
        Matcher m = Pattern.compile("tableName=\"([^\"]+)\"").matcher(text(module, CHANGELOG));
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
