package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.TeamCreated;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;

/**
 * The example plugins in the real runtime, deployed as {@code ./run} deploys them, reached through the real hook
 * registry, HTTP stack and database. The actions are dispatched by the test through the registry here; their own
 * code paths (accounts, teams) fire them in the tests of those parts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ExamplePluginsIT extends RuntimeTestSupport {
    @Inject
    private Hooks hooks;

    @Inject
    @Filter(value = "(hookwire.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Test
    public void theGreeterGreetsANewlyRegisteredUserAndListsTheGreeting() throws Exception {
        admin.awaitState("user-greeter", "ACTIVE", 60);
        hooks.dispatch(CoreHooks.AUTH_REGISTERED, new User("itest-grace", "grace@example.com", "Grace",
                Instant.now()));

        Http.Answer answer = http.get("/api/v1/greeter/greetings?limit=5");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("greetings").get(0).get("userId").asText()).isEqualTo("itest-grace");
        assertThat(answer.json().get("greetings").get(0).get("message").asText())
                .isEqualTo("Hello, Grace! Welcome to Hookwire. (sent by the User Greeter plugin)");
        Http.Answer bad = http.get("/api/v1/greeter/greetings?limit=0");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").get("field").asText()).isEqualTo("limit");
    }

    @Test
    public void theAuditRecordsEveryCoreActionButDbQueryAndHttpRequest() throws Exception {
        admin.awaitState("enterprise-audit", "ACTIVE", 60);
        assertThat(hooks.handlers(CoreHooks.TEAM_CREATED)).extracting(HandlerInfo::plugin)
                .contains("enterprise-audit");
        assertThat(hooks.handlers(CoreHooks.DB_QUERY)).extracting(HandlerInfo::plugin)
                .doesNotContain("enterprise-audit");
        assertThat(hooks.handlers(CoreHooks.HTTP_REQUEST)).extracting(HandlerInfo::plugin)
                .doesNotContain("enterprise-audit");

        User owner = new User("itest-owner", "owner@example.com", "Owner", Instant.now());
        hooks.dispatch(CoreHooks.TEAM_CREATED, new TeamCreated(new Team("itest-team", "Engines", owner.id()), owner));

        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT hook, actor, resource, tenant, payload FROM plugin_enterprise_audit__events"
                        + " WHERE resource = ? ORDER BY id")) {
            s.setString(1, "team/itest-team");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(4) + " " + r.getString(5));
                }
            }
        }
        assertThat(rows).singleElement().asString()
                .startsWith("team:created itest-owner itest-team {\"team\":{\"id\":\"itest-team\"")
                .contains("\"email\":\"owner@example.com\"");
    }

    /**
     * A browser plugin's interceptor (enterprise-audit's) sends its own X-Request-Id: the host answers it, writes it
     * in the access log, and both audit trails (the host's and enterprise-audit's) name it.
     */
    @Test
    public void aClientsRequestIdIsAnsweredLoggedAndAudited() throws Exception {
        admin.awaitState("enterprise-audit", "ACTIVE", 60);
        Visitors.awaitAccounts(http);
        String requestId = "ea-itest-" + System.nanoTime();
        String email = Visitors.email("traced");
        Http.Answer registered = http.send("POST", "/api/v1/auth/register",
                Visitors.registerJson(email, Visitors.PASSWORD, "Traced"), "X-Request-Id", requestId);
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.header("X-Request-Id")).isEqualTo(requestId);
        String userId = registered.json().get("user").get("id").asText();

        Http.Answer trail = admin.get("audit?limit=50");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(trail.json().findParents("requestId")).filteredOn(e -> requestId.equals(e.get("requestId")
                .asText())).extracting(e -> e.get("action").asText()).contains("auth.registered");

        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT hook FROM plugin_enterprise_audit__events WHERE request_id = ? ORDER BY id")) {
            s.setString(1, requestId);
            List<String> hooksSeen = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hooksSeen.add(r.getString(1));
                }
            }
            assertThat(hooksSeen).as("events of user %s", userId).contains("auth:registered", "audit:record");
        }
        java.nio.file.Path log = java.nio.file.Path.of(context.getProperty("hookwire.data")).resolve("log/access.log");
        String line = "POST /api/v1/auth/register 201";
        for (int i = 0; i < 50 && !(java.nio.file.Files.exists(log)
                && java.nio.file.Files.readString(log).contains("request=" + requestId)); i++) {
            Thread.sleep(100);
        }
        assertThat(java.nio.file.Files.readString(log).lines().filter(l -> l.contains("request=" + requestId)))
                .as("the access log").anySatisfy(l -> assertThat(l).contains(line));
    }

    @Test
    public void theAuditsRetentionJobIsScheduledAndItsSettingsAreCheckedAgainstTheMetatype() throws Exception {
        admin.awaitState("enterprise-audit", "ACTIVE", 60);
        Http.Answer jobs = admin.get("jobs?plugin=enterprise-audit");
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.json()).singleElement().satisfies(job -> {
            assertThat(job.get("name").asText()).isEqualTo("retention");
            assertThat(job.get("schedule").asText()).isEqualTo("0 15 3 * * ?");
            assertThat(job.get("nextRun").asText()).endsWith("Z");
        });

        Http.Answer settings = admin.get("plugins/enterprise-audit/settings");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.json().get("settings").get(0).get("pid").asText()).isEqualTo("io.hookwire.audit");
        assertThat(settings.json().get("settings").get(0).get("values").get("retention.days").asInt()).isEqualTo(365);
        Http.Answer bad = admin.put("plugins/enterprise-audit/settings",
                "{\"pid\":\"io.hookwire.audit\",\"values\":{\"retention.days\":0}}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("details").get("field").asText()).isEqualTo("retention.days");
        Http.Answer good = admin.put("plugins/enterprise-audit/settings",
                "{\"pid\":\"io.hookwire.audit\",\"values\":{\"retention.days\":30}}");
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("settings").get(0).get("values").get("retention.days").asInt()).isEqualTo(30);
    }
}
