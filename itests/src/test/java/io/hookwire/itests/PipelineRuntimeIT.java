package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP pipeline's place among the host's filters, and {@code app:shutdown}, in the shipped runtime:
 * {@code java -jar runtime.jar} with the test plugin {@code test-pipeline} in its deploy folder, stopped with
 * SIGTERM as a service manager stops it. (Inside Pax Exam the JAX-RS filters' priorities are not seen; see
 * {@link PipelineIT}.)
 */
class PipelineRuntimeIT {
    private static final String PASSWORD = "pipeline-runtime-secret";
    private static final int START_SECONDS = 120;

    private RuntimeProcess runtime;

    @AfterEach
    void stop() throws InterruptedException {
        if (runtime != null) {
            runtime.close();
        }
    }

    @Test
    void thePipelineRunsInItsPlaceAndAnOrderlyStopFiresAppShutdownOnceWhileThePluginsRun() throws Exception {
        runtime = RuntimeProcess.withExamples("pipeline-runtime");
        TestArtifacts.deploy("pipeline", runtime.deploy());
        Path shutdownFile = runtime.dir.resolve("app-shutdown.txt");
        runtime.start(Map.of("HOOKWIRE_ADMIN_PASSWORD", PASSWORD, "HOOKWIRE_TEST_SHUTDOWN_FILE",
                shutdownFile.toString()));
        Http http = new Http(runtime.port);
        http.await("/api/v1/test-pipeline/card", 200, START_SECONDS);
        http.await("/api/v1/greeter/greet?name=Ada", 200, START_SECONDS); // every plugin's resources are in
        Instant beforeStop = Instant.now();

        // the request id comes first: a refusal by a handler carries it, in its header and its body
        Http.Answer refused = http.get("/api/v1/health", "X-Request-Id", "runtime-refused-1", "X-Test-Refuse",
                "no");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("X-Request-Id")).isEqualTo("runtime-refused-1");
        assertThat(refused.json().get("details").get("requestId").asText()).isEqualTo("runtime-refused-1");

        // the tenant filter runs before http:request: the handler sees the tenant
        assertThat(http.get("/api/v1/health", "X-Request-Id", "runtime-tenant-1", "X-Hookwire-Tenant", "acme")
                .status()).isEqualTo(200);
        JsonNode seen = http.get("/api/v1/test-pipeline/requests/runtime-tenant-1").json();
        assertThat(seen.get("tenant").asText()).isEqualTo("acme");
        assertThat(seen.get("requestId").asText()).isEqualTo("runtime-tenant-1");

        // the administrator's filter runs before http:request: a request it refuses never reaches the handlers
        http.await("/api/v1/admin/plugins", 401, 60); // its credentials come with the database
        Http.Answer unauthorized = http.get("/api/v1/admin/plugins", "X-Request-Id", "runtime-admin-401");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("X-Request-Id")).isEqualTo("runtime-admin-401");
        assertThat(http.get("/api/v1/test-pipeline/requests/runtime-admin-401").status()).isEqualTo(404);
        Http.Answer authorized = http.get("/api/v1/admin/plugins", "X-Request-Id", "runtime-admin-200",
                "Authorization", Http.basic("admin", PASSWORD));
        assertThat(authorized.status()).isEqualTo(200);
        assertThat(http.get("/api/v1/test-pipeline/requests/runtime-admin-200").status()).isEqualTo(200);

        // and the DLP filter works in the shipped runtime too
        assertThat(http.get("/api/v1/test-pipeline/card").json().get("card").asText()).isEqualTo("[REDACTED]");

        assertThat(Files.exists(shutdownFile)).as("nothing fired while running").isFalse();
        assertThat(runtime.stop()).as("stopped within 60 s of SIGTERM").isTrue();

        List<String> lines = Files.readAllLines(shutdownFile);
        assertThat(lines).as("app:shutdown fired once").hasSize(1);
        String[] fields = lines.get(0).split("\\|");
        assertThat(fields).hasSize(4);
        assertThat(fields[0]).as("the version").matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(Instant.parse(fields[1])).as("when it started").isBefore(beforeStop);
        assertThat(fields[2]).isEqualTo("framework stopping");
        assertThat(fields[3]).as("the plugin still ran when it fired").isEqualTo("ACTIVE");
        assertThat(runtime.consoleText()).contains("app:shutdown fired (framework stopping)");
    }
}
