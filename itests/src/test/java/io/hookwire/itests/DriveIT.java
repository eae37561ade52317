package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Hashtable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import io.hookwire.api.drive.Drive;

/**
 * The Drive in the real runtime: the capabilities test plugin's REST endpoints put, get, list and delete files in its
 * store under {@code <data>/drive/test-capabilities/}, checked on the file system; traversal attempts (text and a
 * symbolic link the test makes) are 400 and touch nothing outside the store; the size limit is set through
 * ConfigAdmin and a longer file is 413 with the old one kept.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DriveIT extends RuntimeTestSupport {
    private static final String BASE = "/api/v1/test-capabilities/drive/";

    @Inject
    private ConfigurationAdmin configAdmin;

    private Path drives;
    private Path store;

    @Before
    public void deployThePlugin() throws Exception {
        if (!Files.exists(deploy.resolve(TestArtifacts.plugin("capabilities").getFileName()))) {
            TestArtifacts.deploy("capabilities", deploy);
        }
        http.await(BASE + "limit", 200, 60);
        admin.awaitState("test-capabilities", "ACTIVE", 10);
        drives = Path.of(context.getProperty("hookwire.data")).resolve("drive");
        store = drives.resolve("test-capabilities");
    }

    private static String file(String path) {
        return BASE + "file?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8);
    }

    private Http.Answer put(String path, String content) throws Exception {
        return http.send("PUT", file(path), content);
    }

    @Test
    public void aPluginPutsGetsListsAndDeletesFilesInItsOwnStore() throws Exception {
        Http.Answer put = put("docs/2026/report.txt", "hello drive");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.json().get("path").asText()).isEqualTo("docs/2026/report.txt");
        assertThat(put.json().get("size").asLong()).isEqualTo(11);
        assertThat(store.resolve("docs/2026/report.txt")).hasContent("hello drive");

        assertThat(http.get(file("docs/2026/report.txt")).body()).isEqualTo("hello drive");
        assertThat(put("docs/2026/report.txt", "replaced").status()).isEqualTo(200);
        assertThat(http.get(file("docs/2026/report.txt")).body()).isEqualTo("replaced");
        put("docs/other.txt", "x");
        JsonNode list = http.get(BASE + "files?folder=docs").json();
        assertThat(list).extracting(e -> e.get("path").asText())
                .containsExactly("docs/2026/report.txt", "docs/other.txt");

        Http.Answer deleted = http.send("DELETE", file("docs"), null);
        assertThat(deleted.json().get("deleted").asBoolean()).isTrue();
        assertThat(store.resolve("docs")).doesNotExist();
        Http.Answer gone = http.get(file("docs/2026/report.txt"));
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    public void traversalAttemptsAre400AndNothingOutsideTheStoreIsTouched() throws Exception {
        put("inside.txt", "mine");
        Path outside = Files.createDirectories(drives.getParent().resolve("outside"));
        Path secret = Files.writeString(outside.resolve("secret.txt"), "secret");
        Path canary = Files.writeString(drives.resolve("canary.txt"), "canary");
        Files.setLastModifiedTime(secret, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(canary, FileTime.fromMillis(1_000_000_000_000L));
        Path link = store.resolve("escape");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, outside);
        Map<String, String> before = snapshot(work());

        for (String bad : new String[] {"../canary.txt", "../../outside/secret.txt", "a/../../canary.txt",
            "/tmp/absolute.txt", "a\\..\\..\\canary.txt", "a\0b", "", "escape/secret.txt", "escape/new.txt"}) {
            Http.Answer answer = put(bad, "overwritten");
            assertThat(answer.status()).as("PUT " + bad + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.json().get("error").asText()).isEqualTo("invalid_path");
            assertThat(answer.json().get("details").has("path")).isTrue();
            assertThat(http.get(file(bad)).status()).as("GET " + bad).isEqualTo(400);
            assertThat(http.send("DELETE", file(bad), null).status()).as("DELETE " + bad).isEqualTo(400);
        }
        assertThat(http.get(BASE + "files?folder=" + URLEncoder.encode("../", StandardCharsets.UTF_8)).status())
                .isEqualTo(400);
        assertThat(http.get(BASE + "files?folder=escape").status()).isEqualTo(400);

        Files.delete(link);
        Map<String, String> after = snapshot(work());
        before.remove(relative(link));
        assertThat(after).as("every file outside the store, and the store's own").isEqualTo(before);
        assertThat(secret).hasContent("secret");
        assertThat(http.get(file("inside.txt")).body()).isEqualTo("mine");
    }

    @Test
    public void aFileOverTheConfiguredLimitIs413AndTheOldOneStays() throws Exception {
        assertThat(put("limited.txt", "old").status()).isEqualTo(200);
        Configuration config = configAdmin.getConfiguration("io.hookwire.host.drive", "?");
        config.update(new Hashtable<>(Map.of("max.file.bytes", 16L)));
        try {
            http.await(BASE + "limit", a -> a.json() != null && a.json().get("maxFileBytes").asLong() == 16,
                    "a limit of 16 bytes", 30);
            Http.Answer tooLarge = put("limited.txt", "x".repeat(17));
            assertThat(tooLarge.status()).as(tooLarge.body()).isEqualTo(413);
            assertThat(tooLarge.json().get("error").asText()).isEqualTo("too_large");
            assertThat(tooLarge.json().get("details").get("limit").asLong()).isEqualTo(16);
            assertThat(store.resolve("limited.txt")).hasContent("old");
            assertThat(put("limited.txt", "y".repeat(16)).status()).isEqualTo(200);
            assertThat(store.resolve("limited.txt")).hasContent("y".repeat(16));
            try (Stream<Path> partial = Files.list(store.resolve(".partial"))) {
                assertThat(partial).as("no half-written file left").isEmpty();
            }
        } finally {
            config.delete();
        }
        http.await(BASE + "limit", a -> a.json() != null && a.json().get("maxFileBytes").asLong() == 25L << 20,
                "the default limit, 25 MiB", 30);
    }

    @Test
    public void aBundleWithoutPluginIdGetsNoDrive() {
        ServiceReference<Drive> reference = context.getServiceReference(Drive.class);
        assertThat(reference).as("the service is there").isNotNull();
        try {
            assertThat(context.getService(reference)).as("but not for the test probe, which is no plugin").isNull();
        } finally {
            context.ungetService(reference);
        }
    }

    /**
     * Every regular file and link under {@code root} with its size and time, but for those the runtime itself keeps
     * changing (database, log, framework cache).
     */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String name = relative(root, p);
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && !name.startsWith("data/db/")
                        && !name.startsWith("data/log/") && !name.startsWith("exam/") && !name.startsWith("data/cache")) {
                    files.put(name, Files.size(p) + " " + Files.getLastModifiedTime(p).toMillis());
                } else if (Files.isSymbolicLink(p)) {
                    files.put(name, "link");
                }
            }
        }
        return files;
    }

    /** The test runtime's folder: data/, deploy/, and Pax Exam's exam/. */
    private Path work() {
        return drives.getParent().getParent();
    }

    private String relative(Path p) {
        return relative(work(), p);
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
