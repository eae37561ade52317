package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * What must outlast a restart, tested across real restarts of {@code java -jar runtime.jar} on one data folder: a
 * quarantine (until an operator resets it), an operator's change that was committed just before a {@code kill -9},
 * and the stored states under the kill switch ({@code PLUGINS_DISABLED=1} starts only core plugins and changes no
 * stored state, and the browsers' list of client modules then holds core plugins only).
 */
class RestartIT {
    private static final String PASSWORD = "restart-it-secret";
    private static final Map<String, String> CREDENTIALS = Map.of("HOOKWIRE_ADMIN_PASSWORD", PASSWORD);
    private static final int START_SECONDS = 120;

    @Test
    void aQuarantineACommittedChangeAndTheKillSwitchBehaveAcrossRestarts() throws Exception {
        try (RuntimeProcess runtime = RuntimeProcess.withExamples("restart")) {
            TestArtifacts.deploy("failing", runtime.deploy());
            TestArtifacts.deploy("tenant", runtime.deploy());
            TestArtifacts.deploy("client-probe", runtime.deploy());
            runtime.start(CREDENTIALS);
            Http http = new Http(runtime.port);
            AdminClient admin = new AdminClient(http, "admin", PASSWORD);
            http.await("/api/v1/test-failing/ping", 200, START_SECONDS);
            http.await("/api/v1/test-tenant/label", 200, START_SECONDS);
            // every plugin's resources are registered: the JAX-RS whiteboard rebuilds the application each time one
            // arrives, and a request during a rebuild can get a 404
            http.await("/api/v1/greeter/greet?name=Ada", 200, START_SECONDS);
            assertThat(http.await("/api/v1/client-plugins", a -> a.body().contains("\"client-probe\""),
                    "client-probe listed", START_SECONDS).json().get("killSwitch").asBoolean()).isFalse();

            // five failures within a minute (the defaults) quarantine the failing plugin
            for (int i = 0; i < 5; i++) {
                assertThat(http.get("/api/v1/test-failing/poke").status()).isEqualTo(200);
            }
            String reason = admin.awaitState("test-failing", "QUARANTINED", 30).get("reason").asText();
            assertThat(reason).contains("quarantined after 5 failures", "failing on purpose");
            http.await("/api/v1/test-failing/ping", 404, 30);

            // an operator's change, committed, then kill -9
            assertThat(admin.post("plugins/test-tenant/disable", null).status()).isEqualTo(200);
            runtime.kill();

            // the kill switch: only core plugins run; every stored state is shown as it was
            runtime.start(Map.of("HOOKWIRE_ADMIN_PASSWORD", PASSWORD, "PLUGINS_DISABLED", "1"));
            http.await("/api/v1/health", 200, START_SECONDS);
            JsonNode greeter = admin.awaitPlugin("user-greeter",
                    p -> p.get("reason").asText().contains("kill switch"), 60, "stopped by the kill switch");
            assertThat(greeter.get("enabled").asBoolean()).isTrue();
            assertThat(http.get("/api/v1/greeter/greet?name=Ada").status()).isEqualTo(404);
            assertThat(admin.plugin("test-failing").get("state").asText()).isEqualTo("QUARANTINED");
            assertThat(admin.plugin("test-tenant").get("enabled").asBoolean()).as("survived kill -9").isFalse();
            JsonNode clients = http.get("/api/v1/client-plugins").json();
            assertThat(clients.get("killSwitch").asBoolean()).isTrue();
            assertThat(clients.get("plugins").findValuesAsText("id")).doesNotContain("client-probe");
            clients.get("plugins").forEach(p -> assertThat(p.get("category").asText()).isEqualTo("core"));
            assertThat(runtime.stop()).isTrue();

            // without the kill switch: the enabled plugins run again; the quarantine and the disable stay
            runtime.start(CREDENTIALS);
            http.await("/api/v1/greeter/greet?name=Ada", 200, START_SECONDS);
            assertThat(admin.plugin("test-failing").get("state").asText()).isEqualTo("QUARANTINED");
            assertThat(admin.plugin("test-failing").get("reason").asText()).isEqualTo(reason);
            assertThat(http.get("/api/v1/test-failing/ping").status()).isEqualTo(404);
            assertThat(admin.plugin("test-tenant").get("enabled").asBoolean()).isFalse();
            assertThat(http.get("/api/v1/test-tenant/label").status()).isEqualTo(404);

            // a reset brings it back
            assertThat(admin.post("plugins/test-failing/reset", null).status()).isEqualTo(200);
            http.await("/api/v1/test-failing/ping", 200, 60);
            admin.awaitState("test-failing", "ACTIVE", 30);
            assertThat(runtime.stop()).isTrue();
        }
    }
}
