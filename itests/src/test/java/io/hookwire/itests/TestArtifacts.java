package io.hookwire.itests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Random;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The files the deploy tests drop into the runtime's {@code deploy/} folder: the test plugins built in this reactor
 * ({@code itests/plugins/<name>}), a corrupt jar and a plain jar that is not a bundle.
 *
 * <p>The plugins are found through the system properties {@code hookwire.test.plugins} (the folder of the plugin
 * modules) and {@code hookwire.test.plugins.version} (the build version), which failsafe sets (see
 * {@code itests/pom.xml}). Plain Java, no test framework: it works in the failsafe JVM and inside the framework.
 */
public final class TestArtifacts {
    /** Every test plugin, by module name. */
    public static final List<String> PLUGINS = List.of("failing", "hanging", "bad-activator", "bad-component",
            "unresolvable", "migration", "migration-v2", "migration-outside", "migration-halfway", "duplicate",
            "tenant", "greeter-v2", "capabilities", "recorder", "guarded", "pipeline", "client-probe",
            "client-broken", "client-widget-throws", "client-hang", "client-theme");

    /** The example plugins that ship with Hookwire ({@code plugins/<name>}), by module name. */
    public static final List<String> EXAMPLES = List.of("user-greeter", "enterprise-audit", "notes");

    private static final Path PLUGIN_DIR = Path.of(System.getProperty("hookwire.test.plugins", "plugins"));
    private static final Path EXAMPLE_DIR = Path.of(System.getProperty("hookwire.example.plugins", "../plugins"));
    private static final String VERSION = System.getProperty("hookwire.test.plugins.version", "0.1.0-SNAPSHOT");

    private TestArtifacts() {}

    /**
     * The built jar of a test plugin: {@code itests/plugins/<name>/target/test-plugin-<name>-<version>.jar}.
     *
     * @param name the module name, one of {@link #PLUGINS}, for example {@code failing}
     * @throws IllegalArgumentException when there is no such test plugin
     * @throws IllegalStateException when the jar has not been built
     */
    public static Path plugin(String name) {
        if (!PLUGINS.contains(name)) {
            throw new IllegalArgumentException("no test plugin '" + name + "'; the test plugins are " + PLUGINS);
        }
        return built(PLUGIN_DIR.resolve(name).resolve("target").resolve("test-plugin-" + name + "-" + VERSION + ".jar"));
    }

    /**
     * The built jar of an example plugin: {@code plugins/<name>/target/<name>-<version>.jar}.
     *
     * @param name the module name, one of {@link #EXAMPLES}, for example {@code user-greeter}
     */
    public static Path example(String name) {
        if (!EXAMPLES.contains(name)) {
            throw new IllegalArgumentException("no example plugin '" + name + "'; the examples are " + EXAMPLES);
        }
        return built(EXAMPLE_DIR.resolve(name).resolve("target").resolve(name + "-" + VERSION + ".jar"));
    }

    /** Drops an example plugin into {@code folder} under its own file name, atomically (see {@link #deploy}). */
    public static Path deployExample(String name, Path folder) throws IOException {
        Path source = example(name);
        return place(source, folder, source.getFileName().toString());
    }

    private static Path built(Path jar) {
        Path file = jar.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("the plugin " + file + " is not built; build it with"
                    + " ./mvnw -pl itests -am verify (the reactor builds the plugins before itests)");
        }
        return file;
    }

    /** Drops a test plugin into {@code folder} under its own file name; see {@link #deploy(String, Path, String)}. */
    public static Path deploy(String name, Path folder) throws IOException {
        return deploy(name, folder, plugin(name).getFileName().toString());
    }

    /**
     * Drops a test plugin into {@code folder} as {@code fileName}, replacing what is there: the jar is copied next to
     * the folder first, then moved in with one atomic rename, so that the deploy folder's watcher never reads half a
     * file. Deploy {@code migration-v2} under the file name of {@code migration} to update that plugin in place.
     *
     * @return the deployed file
     */
    public static Path deploy(String name, Path folder, String fileName) throws IOException {
        return place(plugin(name), folder, fileName);
    }

    private static Path place(Path source, Path folder, String fileName) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(fileName);
        Path staging = Files.createTempFile(folder.toAbsolutePath().getParent(), "deploy-", ".tmp");
        try {
            Files.copy(source, staging, StandardCopyOption.REPLACE_EXISTING);
            return Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    /**
     * Writes {@code corrupt.jar} into {@code folder}: 4 KiB of random bytes (from a fixed seed, so every run writes
     * the same file) that no zip reader accepts.
     */
    public static Path corruptJar(Path folder) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(20_261_127).nextBytes(bytes);
        bytes[0] = 'X'; // never the zip signature "PK"
        return Files.write(folder.resolve("corrupt.jar"), bytes);
    }

    /**
     * Writes {@code plain.jar} into {@code folder}: a valid jar, with a manifest and one class-free entry, but without
     * any OSGi header (no {@code Bundle-SymbolicName}, no {@code Bundle-ManifestVersion}), so it is no bundle.
     */
    public static Path plainJar(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_TITLE, "a plain jar, not a bundle");
        Path jar = folder.resolve("plain.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("hello.txt"));
            out.write("not a bundle\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
