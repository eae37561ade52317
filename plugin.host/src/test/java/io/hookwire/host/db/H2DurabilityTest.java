package io.hookwire.host.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.hookwire.host.runtime.HostSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default H2 options keep every committed change when the process is killed with SIGKILL: a child JVM commits
 * rows one by one, says so, and is killed at once; the rows are all there when the database is opened again.
 */
class H2DurabilityTest {
    static final int ROWS = 50;

    @Test
    void aCommittedChangeSurvivesKillMinus9(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").resolve("hookwire") + HostSettings.H2_OPTIONS;
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CommitThenHang.class.getName(), url).redirectErrorStream(true).start();
        try {
            CompletableFuture<Boolean> committed = CompletableFuture.supplyAsync(() -> {
                try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        if (line.equals("committed " + ROWS)) {
                            return true;
                        }
                    }
                    return false;
                } catch (Exception e) {
                    return false;
                }
            });
            assertThat(committed.get(60, TimeUnit.SECONDS)).as("the child committed").isTrue();
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close, no flush
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(ROWS);
            }
            try (ResultSet rs = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                while (rs.next()) {
                    assertThat(rs.getString(1)).isEqualTo("0");
                }
            }
        }
    }

    /** The child: commits ROWS rows, one transaction each, says so, then waits to be killed. */
    public static final class CommitThenHang {
        public static void main(String[] args) throws Exception {
            try (Connection c = DriverManager.getConnection(args[0], "sa", "");
                    Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id INT PRIMARY KEY)");
                for (int i = 1; i <= ROWS; i++) {
                    s.execute("INSERT INTO t VALUES (" + i + ")"); // auto-commit: one commit per row
                }
                System.out.println("committed " + ROWS);
                System.out.flush();
                Thread.sleep(120_000); // killed long before
            }
        }
    }
}
