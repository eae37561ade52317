package io.hookwire.itests;

import static io.hookwire.itests.Visitors.PASSWORD;
import static io.hookwire.itests.Visitors.loginJson;
import static io.hookwire.itests.Visitors.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The seed's §8.1 inventory, fired by the real code paths and seen by a real plugin: the recorder test plugin
 * ({@code itests/plugins/recorder}) handles every action of CoreHooks and lists what it saw, in order, over HTTP.
 * One person goes through accounts, teams and billing; the test checks which actions fired, in which order, and
 * their payloads. {@code app:shutdown} needs a runtime that really stops: PipelineRuntimeIT.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class CoreInventoryIT extends RuntimeTestSupport {
    private static final String EVENTS = "/api/v1/test-recorder/events";
    private static final Set<String> DOMAIN = Set.of("auth:registered", "auth:logged_in", "auth:mfa_verified",
            "auth:password_reset", "team:created", "team:updated", "team:member_added", "team:member_removed",
            "billing:customer_created", "billing:subscription_created", "billing:subscription_updated",
            "billing:invoice_paid");

    @Inject
    @Filter(value = "(hookwire.datasource=main)", timeout = 120_000)
    private DataSource db;

    @Before
    public void recorderListens() throws Exception {
        Visitors.awaitAccounts(http);
        TestArtifacts.deploy("recorder", deploy);
        http.await(EVENTS, 200, 60);
    }

    @Test
    public void everyServerActionFiresFromItsCodePathInOrderWithItsPayload() throws Exception {
        // app:capabilities:register reaches a plugin that starts after the host
        http.await(EVENTS + "?hook=app:capabilities:register", a -> a.json().get("events").size() > 0,
                "app:capabilities:register recorded", 30);
        assertThat(http.send("DELETE", EVENTS, null).status()).isIn(200, 204);

        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        assertThat(http.send("POST", "/api/v1/auth/password/forgot", "{\"email\":\"" + ada.email() + "\"}")
                .status()).isEqualTo(202);
        String token = Visitors.resetToken(db, ada.email());
        assertThat(http.send("POST", "/api/v1/auth/password/reset", "{\"token\":\"" + token
                + "\",\"password\":\"another horse battery\"}").status()).isEqualTo(204);
        Http browser = http.browser();
        ok(browser.send("POST", "/api/v1/auth/login", loginJson(ada.email(), "another horse battery")), 200);

        String secret = ok(browser.send("POST", "/api/v1/auth/mfa/enroll", null), 200).get("secret").asText();
        ok(browser.send("POST", "/api/v1/auth/mfa/confirm", code(secret, 0)), 200);
        Http phone = http.browser();
        assertThat(ok(phone.send("POST", "/api/v1/auth/login", loginJson(ada.email(), "another horse battery")),
                200).get("mfaRequired").asBoolean()).isTrue();
        ok(phone.send("POST", "/api/v1/auth/mfa/verify", code(secret, 30)), 200); // not the confirming code

        String team = ok(browser.send("POST", "/api/v1/teams", "{\"name\":\"Acme\"}"), 201).get("id").asText();
        ok(browser.send("PATCH", "/api/v1/teams/" + team, "{\"name\":\"Acme Ltd\"}"), 200);
        Visitors.Visitor bob = Visitors.signedIn(http, "bob");
        ok(browser.send("POST", "/api/v1/teams/" + team + "/members", "{\"email\":\"" + bob.email()
                + "\",\"role\":\"member\"}"), 201);
        assertThat(browser.send("DELETE", "/api/v1/teams/" + team + "/members/" + bob.id(), null).status())
                .isEqualTo(204);

        String customer = ok(browser.send("POST", "/api/v1/billing/customers", null), 201).get("id").asText();
        String subscription = ok(browser.send("POST", "/api/v1/billing/subscriptions", "{\"plan\":\"basic\"}"),
                201).get("id").asText();
        ok(browser.send("PATCH", "/api/v1/billing/subscriptions/" + subscription, "{\"status\":\"past_due\"}"),
                200);
        JsonNode invoices = ok(browser.get("/api/v1/billing/invoices"), 200).get("invoices");
        assertThat(invoices).hasSize(1);
        String invoice = invoices.get(0).get("id").asText();
        ok(browser.send("POST", "/api/v1/billing/invoices/" + invoice + "/pay", null), 200);

        List<JsonNode> events = new ArrayList<>();
        ok(http.get(EVENTS), 200).get("events").forEach(events::add);
        List<JsonNode> domain = events.stream().filter(e -> DOMAIN.contains(e.get("hook").asText())).toList();
        assertThat(domain).extracting(e -> e.get("hook").asText()).containsExactly(
                "auth:registered", "auth:logged_in", // Ada registers and signs in
                "auth:password_reset", "auth:logged_in", // resets her password, signs in with the new one
                "auth:mfa_verified", "auth:logged_in", // turns MFA on; signs in on her phone with a code
                "team:created", "team:updated",
                "auth:registered", "auth:logged_in", // Bob
                "team:member_added", "team:member_removed",
                "billing:customer_created", "billing:subscription_created", "billing:subscription_updated",
                "billing:invoice_paid");

        assertThat(payload(domain, 0).get("email").asText()).isEqualTo(ada.email());
        assertThat(payload(domain, 1).get("user").get("id").asText()).isEqualTo(ada.id());
        assertThat(payload(domain, 1).get("session").get("userId").asText()).isEqualTo(ada.id());
        assertThat(payload(domain, 2).get("id").asText()).isEqualTo(ada.id());
        assertThat(payload(domain, 4).get("id").asText()).isEqualTo(ada.id());
        assertThat(payload(domain, 6).get("team").get("name").asText()).isEqualTo("Acme");
        assertThat(payload(domain, 6).get("owner").get("id").asText()).isEqualTo(ada.id());
        assertThat(payload(domain, 7).get("name").asText()).isEqualTo("Acme Ltd");
        assertThat(payload(domain, 10).get("team").get("id").asText()).isEqualTo(team);
        assertThat(payload(domain, 10).get("user").get("id").asText()).isEqualTo(bob.id());
        assertThat(payload(domain, 10).get("role").toString()).containsIgnoringCase("member");
        assertThat(payload(domain, 11).get("user").get("id").asText()).isEqualTo(bob.id());
        assertThat(payload(domain, 12).get("user").get("id").asText()).isEqualTo(ada.id());
        assertThat(payload(domain, 12).get("customerId").asText()).isEqualTo(customer);
        assertThat(payload(domain, 13).get("id").asText()).isEqualTo(subscription);
        assertThat(payload(domain, 13).get("plan").asText()).isEqualTo("basic");
        assertThat(payload(domain, 14).get("subscription").get("status").asText()).isEqualToIgnoringCase("past_due");
        assertThat(payload(domain, 14).get("oldStatus").asText()).isEqualToIgnoringCase("active");
        assertThat(payload(domain, 15).get("id").asText()).isEqualTo(invoice);
        assertThat(payload(domain, 15).get("paidAt").isNull()).isFalse();

        // each change is audited, and the audit trail's action follows
        List<String> audited = events.stream().filter(e -> e.get("hook").asText().equals("audit:record"))
                .map(e -> e.get("payload").get("action").asText()).toList();
        assertThat(audited).contains("auth.registered", "auth.password_reset", "auth.mfa_verified", "team.created",
                "team.member_added", "team.member_removed");
        assertThat(audited.stream().filter(a -> a.startsWith("billing.")).count()).isGreaterThanOrEqualTo(4);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("hook").asText()).isEqualTo("outbox:queued");
            assertThat(e.get("payload").get("to").asText()).isEqualTo(ada.email());
        });
        // http:request saw the requests of the code paths above
        assertThat(events).anySatisfy(e -> {
            assertThat(e.get("hook").asText()).isEqualTo("http:request");
            assertThat(e.get("payload").get("exchange").get("path").asText()).isEqualTo("/api/v1/teams");
            assertThat(e.get("payload").get("exchange").get("method").asText()).isEqualTo("POST");
        });
    }

    @Test
    public void dbQueryFiresForTheStatementsOfARequestWithTheirBindings() throws Exception {
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        assertThat(http.send("PUT", "/api/v1/test-recorder/db-query?on=true", null).status()).isEqualTo(200);
        try {
            assertThat(http.send("DELETE", EVENTS, null).status()).isIn(200, 204);
            ok(ada.http().get("/api/v1/auth/me"), 200);
            List<JsonNode> queries = new ArrayList<>();
            ok(http.get(EVENTS + "?hook=db:query"), 200).get("events").forEach(queries::add);
            assertThat(queries).anySatisfy(q -> {
                assertThat(q.get("payload").get("sql").asText()).containsIgnoringCase("hookwire_user");
                assertThat(q.get("payload").get("bindings").toString()).contains(ada.id());
            });
        } finally {
            http.send("PUT", "/api/v1/test-recorder/db-query?on=false", null);
        }
    }

    private static JsonNode payload(List<JsonNode> events, int index) {
        return events.get(index).get("payload");
    }

    private static String code(String secret, int secondsAhead) throws Exception {
        return "{\"code\":\"" + Totp.code(secret, Instant.now().plusSeconds(secondsAhead)) + "\"}";
    }
}
