package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * Billing end to end over real HTTP and the real database: customers, subscriptions and their status changes, and
 * invoices paid through the manual provider, for a person who registered and signed in with a session cookie. The test
 * plugin {@code test-pipeline} records the {@code billing:*} and {@code audit:record} actions in the order they
 * fire, and the statements {@code db:query} reports.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BillingIT extends RuntimeTestSupport {
    private static final String BILLING = "/api/v1/billing/";

    @Inject
    private ConfigurationAdmin configAdmin;

    private Visitors.Visitor me;
    /** Whose browser the requests come from: {@link #me}'s, another person's, or nobody's. */
    private Http caller;
    private String user;

    @Before
    public void signIn() throws Exception {
        if (!Files.exists(deploy.resolve(TestArtifacts.plugin("pipeline").getFileName()))) {
            TestArtifacts.deploy("pipeline", deploy);
        }
        http.await("/api/v1/test-pipeline/events", 200, 60);
        Visitors.awaitAccounts(http);
        http.await(BILLING + "plans", 200, 60);
        me = Visitors.signedIn(http, "payer");
        caller = me.http();
        user = me.id();
    }

    private Http.Answer post(String path, String json) throws Exception {
        return caller.send("POST", BILLING + path, json);
    }

    private Http.Answer patch(String path, String json) throws Exception {
        return caller.send("PATCH", BILLING + path, json);
    }

    private static void assertError(Http.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.json().get("error").asText()).isEqualTo(code);
    }

    /**
     * The billing actions, and the audit entries of billing, that the test plugin recorded about this user or their
     * customer, in order (the audit entries name the user as the actor; subscriptions and invoices carry the
     * customer). Signing in has its own entries, which are not billing's.
     */
    private List<JsonNode> events(String customerId) throws Exception {
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode event : http.get("/api/v1/test-pipeline/events").json().get("events")) {
            String payload = event.get("payload").toString();
            boolean billing = !event.get("hook").asText().equals("audit:record")
                    || event.get("payload").get("action").asText().startsWith("billing.");
            if (billing && (payload.contains(user) || payload.contains(customerId))) {
                mine.add(event);
            }
        }
        return mine;
    }

    @Test
    public void nobodySignedInGetsA401AndThePlansArePublic() throws Exception {
        caller = http; // nobody signed in
        assertError(post("customers", null), 401, "unauthenticated");
        assertError(caller.get(BILLING + "subscriptions"), 401, "unauthenticated");
        JsonNode plans = caller.get(BILLING + "plans").json().get("plans");
        assertThat(plans.findValuesAsText("name")).containsExactly("basic", "pro");
        assertThat(plans.get(1).get("priceMinor").asLong()).isEqualTo(2900);
        assertThat(plans.get(1).get("trialDays").asInt()).isEqualTo(14);
    }

    @Test
    public void aCustomerSubscribesChangesStatusAndPaysAndEachStepFiresItsActionAfterTheCommit() throws Exception {
        Http.Answer customer = post("customers", null);
        assertThat(customer.status()).isEqualTo(201);
        assertThat(customer.header("Location")).endsWith("/api/v1/billing/customers/me");
        String customerId = customer.json().get("id").asText();
        assertThat(customer.json().get("userId").asText()).isEqualTo(user);
        assertError(post("customers", null), 409, "customer_exists");
        assertThat(caller.get(BILLING + "customers/me").json().get("id").asText()).isEqualTo(customerId);

        // bad input: a 400 that names the field, and nothing stored
        assertError(post("subscriptions", "not json"), 400, "invalid_json");
        Http.Answer noPlan = post("subscriptions", "{}");
        assertError(noPlan, 400, "invalid_argument");
        assertThat(noPlan.json().get("details").get("field").asText()).isEqualTo("plan");
        assertThat(post("subscriptions", "{\"plan\":\"platinum\"}").json().get("message").asText())
                .contains("platinum", "basic", "pro");
        assertThat(caller.get(BILLING + "subscriptions").json().get("subscriptions")).isEmpty();

        Http.Answer subscribed = post("subscriptions", "{\"plan\":\"pro\"}");
        assertThat(subscribed.status()).isEqualTo(201);
        JsonNode subscription = subscribed.json();
        JsonNode invoice = subscription.get("invoice");
        String subscriptionId = subscription.get("id").asText();
        assertThat(subscription.get("status").asText()).isEqualTo("trialing");
        assertThat(subscribed.header("Location")).endsWith("/api/v1/billing/subscriptions/" + subscriptionId);
        assertThat(invoice.get("status").asText()).isEqualTo("open");
        assertThat(invoice.get("amountMinor").asLong()).isEqualTo(2900);
        assertThat(invoice.get("currency").asText()).isEqualTo("EUR");

        assertThat(patch("subscriptions/" + subscriptionId, "{\"status\":\"active\"}").json().get("status")
                .asText()).isEqualTo("active");
        Http.Answer backwards = patch("subscriptions/" + subscriptionId, "{\"status\":\"trialing\"}");
        assertError(backwards, 409, "invalid_transition");
        assertThat(backwards.json().get("details").get("allowed").toString()).contains("past_due", "canceled");
        Http.Answer unknown = patch("subscriptions/" + subscriptionId, "{\"status\":\"paused\"}");
        assertError(unknown, 400, "invalid_argument");
        assertThat(unknown.json().get("details").get("field").asText()).isEqualTo("status");
        assertError(patch("subscriptions/no-such-id", "{\"status\":\"canceled\"}"), 404, "not_found");

        String invoiceId = invoice.get("id").asText();
        Http.Answer paid = post("invoices/" + invoiceId + "/pay", null);
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asText()).isEqualTo("paid");
        assertThat(paid.json().get("paymentProvider").asText()).isEqualTo("manual");
        assertError(post("invoices/" + invoiceId + "/pay", null), 409, "already_paid");

        assertThat(caller.get(BILLING + "subscriptions").json().get("subscriptions").findValuesAsText("status"))
                .containsExactly("active");
        assertThat(caller.get(BILLING + "invoices").json().get("invoices").findValuesAsText("status"))
                .containsExactly("paid");

        // the actions, in order, each with its payload, each followed by its audit entry
        List<JsonNode> events = events(customerId);
        assertThat(events).extracting(e -> e.get("hook").asText()).containsExactly(
                "billing:customer_created", "audit:record", "billing:subscription_created", "audit:record",
                "billing:subscription_updated", "audit:record", "billing:invoice_paid", "audit:record");
        JsonNode created = events.get(0).get("payload");
        assertThat(created.get("user").get("id").asText()).isEqualTo(user);
        assertThat(created.get("customerId").asText()).isEqualTo(customerId);
        assertThat(events.get(1).get("payload").get("action").asText()).isEqualTo("billing.customer_created");
        JsonNode sub = events.get(2).get("payload");
        assertThat(sub.get("id").asText()).isEqualTo(subscriptionId);
        assertThat(sub.get("status").asText()).isEqualTo("TRIALING");
        assertThat(sub.get("plan").asText()).isEqualTo("pro");
        JsonNode updated = events.get(4).get("payload");
        assertThat(updated.get("oldStatus").asText()).isEqualTo("TRIALING");
        assertThat(updated.get("subscription").get("status").asText()).isEqualTo("ACTIVE");
        JsonNode invoicePaid = events.get(6).get("payload");
        assertThat(invoicePaid.get("id").asText()).isEqualTo(invoiceId);
        assertThat(invoicePaid.get("amountMinor").asLong()).isEqualTo(2900);
        assertThat(invoicePaid.get("paidAt").isNull()).isFalse();

        // audited, and every statement went through the shared DataSource
        assertThat(admin.get("audit").body()).contains("billing.customer_created", "billing.subscription_created",
                "billing.subscription_updated", "billing.invoice_paid");
        JsonNode queries = http.get("/api/v1/test-pipeline/queries").json().get("recent");
        assertThat(queries.toString()).contains("hookwire_billing_customer", "hookwire_invoice", user);
    }

    @Test
    public void aUserNeverSeesOrChangesAnotherUsersBilling() throws Exception {
        post("customers", null);
        JsonNode mine = post("subscriptions", "{\"plan\":\"basic\"}").json();
        String mySubscription = mine.get("id").asText();
        caller = Visitors.signedIn(http, "other").http();
        assertThat(post("customers", null).status()).isEqualTo(201);
        assertThat(caller.get(BILLING + "subscriptions").json().get("subscriptions")).isEmpty();
        assertError(post("invoices/" + mine.get("invoice").get("id").asText() + "/pay", null), 404, "not_found");
        assertError(patch("subscriptions/" + mySubscription, "{\"status\":\"canceled\"}"), 404, "not_found");
        assertError(caller.get(BILLING + "subscriptions/" + mySubscription), 404, "not_found");
        caller = me.http();
        assertThat(caller.get(BILLING + "subscriptions").json().get("subscriptions").findValuesAsText("status"))
                .containsExactly("active");
    }

    @Test
    public void thePlansComeFromTheConfiguration() throws Exception {
        Configuration config = configAdmin.getConfiguration("io.hookwire.host.billing", "?");
        try {
            config.update(new Hashtable<>(Map.of("plans", new String[] {"team:4900:USD:7", "not a plan"},
                    "period.days", 7)));
            JsonNode plans = http.await(BILLING + "plans",
                    a -> a.json() != null && a.json().toString().contains("\"team\""), "the configured plan", 30)
                    .json().get("plans");
            assertThat(plans.findValuesAsText("name")).as("the bad entry is ignored").containsExactly("team");
            post("customers", null);
            JsonNode subscription = post("subscriptions", "{\"plan\":\"team\"}").json();
            assertThat(subscription.get("status").asText()).isEqualTo("trialing");
            assertError(post("subscriptions", "{\"plan\":\"basic\"}"), 400, "invalid_argument");
        } finally {
            config.delete();
        }
        http.await(BILLING + "plans", a -> a.json() != null && a.json().toString().contains("\"basic\""),
                "the default plans again", 30);
    }
}
