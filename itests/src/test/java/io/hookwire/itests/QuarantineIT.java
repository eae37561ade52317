package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Hashtable;
import java.util.Map;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The circuit breaker in the real runtime: a plugin whose handler throws, and one whose handler hangs past its time
 * budget, are quarantined after N failures (N set through ConfigAdmin, as an operator would in the Web Console),
 * lose their endpoints, and come back when an operator resets them over the admin REST API.
 *
 * <p>That a quarantine outlasts a restart is tested where the runtime really restarts: {@link RestartIT}.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class QuarantineIT extends RuntimeTestSupport {
    private static final int FAILURES = 3;

    @Inject
    private ConfigurationAdmin configAdmin;

    private Configuration budgets;

    @Before
    public void setUp() throws Exception {
        Configuration plugins = configAdmin.getConfiguration("io.hookwire.host.plugins", "?");
        plugins.update(new Hashtable<>(Map.of("quarantine.failures", FAILURES, "quarantine.window.seconds", 600)));
        budgets = configAdmin.getConfiguration("io.hookwire.hooks.registry", "?");
        budgets.update(new Hashtable<>(Map.of("hook.budgets", new String[] {"test-hanging:poke=200"})));
    }

    @After
    public void tearDown() throws Exception {
        budgets.delete();
    }

    @Test
    public void aPluginThatThrowsIsQuarantinedAfterNFailuresAndAResetBringsItBack() throws Exception {
        TestArtifacts.deploy("failing", deploy);
        http.await("/api/v1/test-failing/ping", 200, 60);
        admin.awaitState("test-failing", "ACTIVE", 10);

        for (int i = 0; i < FAILURES; i++) {
            assertThat(http.get("/api/v1/test-failing/poke").status()).isEqualTo(200); // the registry isolates it
        }
        JsonNode quarantined = admin.awaitState("test-failing", "QUARANTINED", 30);
        assertThat(quarantined.get("reason").asText())
                .contains("quarantined after " + FAILURES + " failures", FAILURES + " exceptions",
                        "failing on purpose", "test-failing:poke");
        http.await("/api/v1/test-failing/ping", 404, 30);
        assertThat(bundle("io.hookwire.test-plugin-failing").getState()).isEqualTo(Bundle.RESOLVED);
        assertThat(http.get("/api/v1/greeter/greet?name=Ada").status()).as("the others go on").isEqualTo(200);

        Http.Answer reset = admin.post("plugins/test-failing/reset", null);
        assertThat(reset.status()).isEqualTo(200);
        http.await("/api/v1/test-failing/ping", 200, 60);
        admin.awaitState("test-failing", "ACTIVE", 10);
        assertThat(admin.get("audit").json().toString()).contains("plugin.quarantined", "plugin.reset");
    }

    /** The opt-in half-open probe: off by default; on, it re-admits after the cool-down, and one failure trips again. */
    @Test
    public void theOptInProbeReadmitsAQuarantinedPluginOnProbation() throws Exception {
        Configuration plugins = configAdmin.getConfiguration("io.hookwire.host.plugins", "?");
        plugins.update(new Hashtable<>(Map.of("quarantine.failures", FAILURES, "quarantine.window.seconds", 600,
                "probe.enabled", true, "probe.cooldown.seconds", 1)));
        try {
            TestArtifacts.deploy("failing", deploy);
            http.await("/api/v1/test-failing/ping", 200, 60);
            admin.awaitState("test-failing", "ACTIVE", 10);
            for (int i = 0; i < FAILURES; i++) {
                http.get("/api/v1/test-failing/poke");
            }
            admin.awaitState("test-failing", "QUARANTINED", 30);

            // the check every 2 s finds the cool-down (1 s) over: back, on probation
            http.await("/api/v1/test-failing/ping", 200, 30);
            admin.awaitState("test-failing", "ACTIVE", 10);
            assertThat(admin.get("audit").json().toString()).contains("plugin.probation");

            assertThat(http.get("/api/v1/test-failing/poke").status()).isEqualTo(200);
            assertThat(admin.awaitState("test-failing", "QUARANTINED", 30).get("reason").asText())
                    .as("one failure on probation trips it").contains("failing on purpose");
        } finally {
            plugins.update(new Hashtable<>(Map.of("quarantine.failures", FAILURES, "quarantine.window.seconds", 600)));
            admin.post("plugins/test-failing/reset", null);
        }
    }

    @Test
    public void aPluginThatHangsPastItsBudgetIsQuarantinedByItsTimeouts() throws Exception {
        TestArtifacts.deploy("hanging", deploy);
        http.await("/api/v1/test-hanging/ping", 200, 60);

        // each poke is cut short at the 200 ms budget; the new budget reaches the registry asynchronously
        for (int i = 0; i < 50 && !"QUARANTINED".equals(admin.plugin("test-hanging").get("state").asText()); i++) {
            http.get("/api/v1/test-hanging/poke");
        }
        JsonNode quarantined = admin.awaitState("test-hanging", "QUARANTINED", 30);
        assertThat(quarantined.get("reason").asText()).contains("timeout").contains("test-hanging:poke");
        http.await("/api/v1/test-hanging/ping", 404, 30);
    }
}
