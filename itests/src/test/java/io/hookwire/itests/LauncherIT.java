package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exported runtime started as a user starts it: {@code java -jar runtime.jar} in a folder of its own, without a
 * terminal, as a child process that is stopped by its pid.
 */
class LauncherIT {
    private RuntimeProcess runtime;

    @AfterEach
    void stop() throws InterruptedException {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void startsWithoutATerminalServesHttpLogsToDataAndStopsCleanly() throws Exception {
        runtime = RuntimeProcess.withExamples("launcher").start();
        Path dir = runtime.dir;
        int port = runtime.port;
        Process process = runtime.process();
        Http http = new Http(port);

        assertThat(http.await("/api/v1/health", 200, 90).json().get("status").asText()).isEqualTo("UP");
        // the greeter's resource may answer a moment before its own filters are registered: wait for them too
        Http.Answer greeting = http.await("/api/v1/greeter/greet?name=Ada", a -> a.status() == 200
                && a.json().get("message").asText().startsWith("Hello, Ada! Welcome to Hookwire.")
                && a.json().get("message").asText().endsWith("(sent by the User Greeter plugin)"),
                "the greeting through both of its filters", 60);
        assertThat(greeting.json().get("message").asText()).contains("Ada");

        // no credentials were set: the first start generated a password, readable by its owner only
        // (written once the database is up, which is off the start's critical path: wait for it, bounded)
        Path passwordFile = dir.resolve("data/initial-admin-password");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline
                && !Files.isRegularFile(passwordFile);) {
            Thread.sleep(50);
        }
        assertThat(passwordFile).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        String password = Files.readString(passwordFile).strip();
        assertThat(password).hasSizeGreaterThanOrEqualTo(16);
        // the credentials, the filter and the admin resources come up one after the other, each in a few ms
        assertThat(http.await("/api/v1/admin/plugins", 401, 30).header("WWW-Authenticate")).startsWith("Basic");
        Http.Answer plugins = http.await("/api/v1/admin/plugins", 200, 30, "Authorization",
                Http.basic("admin", password));
        assertThat(plugins.json().get("plugins").findValuesAsText("id")).contains("user-greeter");

        Path log = dir.resolve("data/log/hookwire.log");
        assertThat(log).exists();
        // HTTP may answer before the start is reported, and the database comes up off the start's critical path: wait
        // for both lines (bounded), then count
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60); System.nanoTime() < deadline
                && !(Files.readString(log).contains("started in") && Files.readString(log).contains("Database: "));) {
            Thread.sleep(50);
        }
        assertThat(Files.readString(log)).contains("Hookwire", "started in", "http://localhost:" + port + "/",
                "Database: H2");
        long linesBefore = lines(log).size();
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/greeter/greet?name=Quiet" + i).status()).isEqualTo(200);
        }
        assertThat(http.get("/api/v1/greeter/greet").status()).isEqualTo(400);
        assertThat(lines(log)).as("a request prints nothing at INFO").hasSize((int) linesBefore);
        // ... but the access log has a line for each, with its request id
        Path access = dir.resolve("data/log/access.log");
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10); System.nanoTime() < deadline
                && !(Files.exists(access) && Files.readString(access).contains("GET /api/v1/greeter/greet 400"));) {
            Thread.sleep(50);
        }
        assertThat(lines(access)).filteredOn(l -> l.contains("GET /api/v1/greeter/greet 200 "))
                .hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(l -> assertThat(l).containsPattern(" request=[0-9a-f]{32}$"));
        assertThat(process.isAlive()).as("it keeps running without a terminal").isTrue();

        process.destroy(); // SIGTERM: the launcher stops the framework
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
        assertThat(Files.readString(dir.resolve("console.log"))).doesNotContain(" ERROR ");
    }

    @Test
    void saysWhyAndExitsWithStatus1WhenItsPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            runtime = new RuntimeProcess(RuntimeUnderTest.newWorkDir("port-taken"), taken.getLocalPort()).start();
            Process process = runtime.process();
            Path dir = runtime.dir;
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("exits on its own").isTrue();
            assertThat(process.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("console.log")))
                    .contains("cannot serve HTTP", "port " + taken.getLocalPort(), "already in use",
                            "HOOKWIRE_HTTP_PORT");
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }
}
