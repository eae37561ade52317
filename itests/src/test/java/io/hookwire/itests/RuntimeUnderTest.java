package io.hookwire.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The exported runtime, as the tests see it: {@code runtime/target/runtime.jar}, the executable jar that users run.
 * Its {@code launcher.properties} lists the bundles with their start levels, and the framework properties; the Pax
 * Exam tests boot exactly those, so that the tests and the runtime cannot drift apart.
 */
final class RuntimeUnderTest {
    /** A bundle of the runtime and the start level it gets. */
    record RunBundle(Path file, String symbolicName, int startLevel) {}

    private static final Path JAR = Path.of(System.getProperty("hookwire.runtime.jar", "../runtime/target/runtime.jar"));
    private static final Path WORK = Path.of(System.getProperty("hookwire.itest.dir", "target/itest"));

    final List<RunBundle> bundles;
    final Map<String, String> frameworkProperties;
    final int beginningStartLevel;
    /** The start level the launcher gives every bundle it does not list (the deploy folder's, for example). */
    final int defaultStartLevel;

    private RuntimeUnderTest(List<RunBundle> bundles, Map<String, String> frameworkProperties, int defaultStartLevel) {
        this.bundles = bundles;
        this.frameworkProperties = frameworkProperties;
        this.defaultStartLevel = defaultStartLevel;
        this.beginningStartLevel = Integer.parseInt(
                frameworkProperties.getOrDefault("org.osgi.framework.startlevel.beginning", "1"));
    }

    static Path jar() {
        return JAR.toAbsolutePath().normalize();
    }

    /** A fresh folder under target/itest. */
    static Path newWorkDir(String name) throws IOException {
        Files.createDirectories(WORK);
        return Files.createTempDirectory(WORK.toAbsolutePath(), name + "-");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the runtime jar and extracts its bundles (once per JVM). */
    static synchronized RuntimeUnderTest load() {
        try (JarFile jar = new JarFile(jar().toFile())) {
            Properties launcher = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry("launcher.properties"))) {
                launcher.load(in);
            }
            Path dir = WORK.resolve("bundles").toAbsolutePath();
            Files.createDirectories(dir);
            Map<String, Integer> levels = startLevels(launcher.getProperty("launch.runbundles.attrs"));
            int defaultLevel = Math.abs(Integer.parseInt(launcher.getProperty("launch.startlevel.default", "1")));
            List<RunBundle> bundles = new ArrayList<>();
            for (String path : launcher.getProperty("launch.bundles").split(",")) {
                JarEntry entry = jar.getJarEntry(path.trim());
                Path file = dir.resolve(Path.of(entry.getName()).getFileName().toString());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                String bsn = symbolicName(file);
                bundles.add(new RunBundle(file, bsn, levels.getOrDefault(bsn, defaultLevel)));
            }
            Map<String, String> properties = new LinkedHashMap<>();
            for (String key : launcher.stringPropertyNames()) {
                if (!key.startsWith("launch.")) {
                    properties.put(key, launcher.getProperty(key));
                }
            }
            return new RuntimeUnderTest(List.copyOf(bundles), properties, defaultLevel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the runtime " + jar() + "; build it first (./mvnw package)", e);
        }
    }

    /** {@code bsn;version="...";startlevel=N,...} as written by the bnd exporter. */
    private static Map<String, Integer> startLevels(String attrs) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (String clause : attrs.split(",(?=[^;\"]+;)")) {
            String[] parts = clause.split(";");
            for (String part : parts) {
                if (part.trim().startsWith("startlevel=")) {
                    levels.put(parts[0].trim(), Integer.parseInt(part.trim().substring("startlevel=".length())));
                }
            }
        }
        return levels;
    }

    private static String symbolicName(Path bundle) throws IOException {
        try (JarFile jar = new JarFile(bundle.toFile())) {
            Manifest manifest = jar.getManifest();
            String bsn = manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return bsn == null ? "" : bsn.split(";")[0].trim();
        }
    }
}
