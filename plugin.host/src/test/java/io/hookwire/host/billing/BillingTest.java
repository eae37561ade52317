package io.hookwire.host.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Invoice;
import io.hookwire.hooks.core.Payloads.CustomerCreated;
import io.hookwire.hooks.core.Payloads.SubscriptionUpdated;
import io.hookwire.hooks.core.Subscription;
import io.hookwire.hooks.core.SubscriptionStatus;
import io.hookwire.hooks.core.User;
import io.hookwire.hooks.impl.PluginHooks;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.db.HostSchemaAccess;
import io.hookwire.host.liquibase.DirectoryBundle;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Billing on a real H2 database with the host's schema, and a real hook registry; each test has its own user. */
class BillingTest {
    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    private static TestDatabase db;
    private static PluginHooks hooks;

    /** What the recording plugin saw, in order: "hook name" then the payload. */
    private final List<Object[]> fired = new CopyOnWriteArrayList<>();
    private final AtomicLong seconds = new AtomicLong();
    private Billing billing;
    private User user;

    @BeforeAll
    static void schema() throws Exception {
        db = new TestDatabase();
        LiquibaseRunner runner = new LiquibaseRunner();
        try {
            runner.submit(() -> HostSchemaAccess.update(db.dataSource, DirectoryBundle.of(Path.of("target/classes")),
                    runner)).get();
        } finally {
            runner.close();
        }
        hooks = PluginHooks.standalone("host");
    }

    @AfterAll
    static void close() {
        hooks.close();
    }

    @BeforeEach
    void setUp() {
        // a clock that moves one second each time it is read, so that rows have distinct, ordered times
        Clock ticking = new Clock() {
            @Override
            public Instant instant() {
                return START.plusSeconds(seconds.getAndIncrement());
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
        PluginHooks recorder = new PluginHooks(hooks.registry(), "recorder-" + UUID.randomUUID());
        for (ActionHook<?> hook : List.of(CoreHooks.BILLING_CUSTOMER_CREATED, CoreHooks.BILLING_SUBSCRIPTION_CREATED,
                CoreHooks.BILLING_SUBSCRIPTION_UPDATED, CoreHooks.BILLING_INVOICE_PAID, CoreHooks.AUDIT_RECORD)) {
            record(recorder, hook);
        }
        billing = new Billing(db.dataSource, hooks, new AuditTrail(db.dataSource, hooks), ticking, null);
        billing.configure(new String[] {"basic:900:EUR", "pro:2900:EUR:14", "broken"}, 30);
        user = new User(UUID.randomUUID().toString(), "ada@example.com", "Ada", START);
    }

    private <P> void record(PluginHooks recorder, ActionHook<P> hook) {
        recorder.registerAction(hook, payload -> {
            if (mine(payload)) {
                fired.add(new Object[] {hook.name(), payload});
            }
        });
    }

    /** Tests share the registry: keep what concerns this test's user. */
    private boolean mine(Object payload) {
        return switch (payload) {
            case CustomerCreated c -> c.user().id().equals(user.id());
            case AuditRecord a -> a.actor().equals(user.id());
            default -> true; // subscriptions and invoices carry the customer; the tests check it below
        };
    }

    private List<String> firedNames() {
        return fired.stream().map(f -> (String) f[0]).toList();
    }

    @Test
    void aCustomerIsCreatedOnceAndAnnouncedAfterItIsCommitted() throws SQLException {
        List<Boolean> committed = new CopyOnWriteArrayList<>();
        new PluginHooks(hooks.registry(), "checker-" + UUID.randomUUID()).registerAction(CoreHooks.BILLING_CUSTOMER_CREATED, c -> {
            if (c.user().id().equals(user.id())) {
                try { // another connection sees it: the transaction was committed before the hook fired
                    committed.add(!db.column("SELECT id FROM hookwire_billing_customer WHERE user_id = '"
                            + user.id() + "'").isEmpty());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        BillingCustomer customer = billing.createCustomer(user);
        assertThat(customer.userId()).isEqualTo(user.id());
        assertThat(committed).containsExactly(true);
        assertThat(firedNames()).containsExactly("billing:customer_created", "audit:record");
        assertThat(((CustomerCreated) fired.get(0)[1]).customerId()).isEqualTo(customer.id());
        assertThat(((AuditRecord) fired.get(1)[1]).action()).isEqualTo("billing.customer_created");

        assertThatThrownBy(() -> billing.createCustomer(user)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("customer_exists");
        });
        assertThat(billing.customer(user.id())).contains(customer);
        assertThat(db.column("SELECT COUNT(*) FROM hookwire_billing_customer WHERE user_id = '" + user.id() + "'"))
                .containsExactly("1");
        assertThat(firedNames()).as("the refused one fired nothing").hasSize(2);
    }

    @Test
    void aPlanWithoutTrialStartsActiveWithAnOpenInvoiceForItsPrice() throws SQLException {
        BillingCustomer customer = billing.createCustomer(user);
        fired.clear();
        Billing.Subscribed made = billing.subscribe(user, "basic");

        BillingSubscription sub = made.subscription();
        assertThat(sub.customerId()).isEqualTo(customer.id());
        assertThat(sub.status()).isEqualTo("active");
        assertThat(Duration.between(sub.createdAt(), sub.currentPeriodEnd())).isEqualTo(Duration.ofDays(30));
        assertThat(made.invoice()).satisfies(i -> {
            assertThat(i.amountMinor()).isEqualTo(900);
            assertThat(i.currency()).isEqualTo("EUR");
            assertThat(i.status()).isEqualTo("open");
            assertThat(i.subscriptionId()).isEqualTo(sub.id());
            assertThat(i.paidAt()).isNull();
        });
        assertThat(billing.subscriptions(user.id())).containsExactly(sub);
        assertThat(billing.invoices(user.id())).containsExactly(made.invoice());

        assertThat(firedNames()).containsExactly("billing:subscription_created", "audit:record");
        Subscription payload = (Subscription) fired.get(0)[1];
        assertThat(payload).isEqualTo(new Subscription(sub.id(), customer.id(), "basic", SubscriptionStatus.ACTIVE,
                sub.currentPeriodEnd()));
        assertThat(db.column("SELECT details FROM hookwire_audit WHERE resource = 'subscription/" + sub.id() + "'"))
                .singleElement().asString().contains("plan=basic", "status=active", "invoice=" + made.invoice().id());
    }

    @Test
    void aPlanWithTrialDaysStartsTrialingAndPayingTheTrialStartsTheFirstPeriod() throws SQLException {
        billing.createCustomer(user);
        BillingSubscription trial = billing.subscribe(user, "pro").subscription();
        assertThat(trial.status()).isEqualTo("trialing");
        assertThat(Duration.between(trial.createdAt(), trial.currentPeriodEnd())).isEqualTo(Duration.ofDays(14));

        fired.clear();
        BillingSubscription active = billing.changeStatus(user, trial.id(), "ACTIVE");
        assertThat(active.status()).isEqualTo("active");
        assertThat(Duration.between(active.updatedAt(), active.currentPeriodEnd())).isEqualTo(Duration.ofDays(30));
        assertThat(firedNames()).containsExactly("billing:subscription_updated", "audit:record");
        SubscriptionUpdated updated = (SubscriptionUpdated) fired.get(0)[1];
        assertThat(updated.oldStatus()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(updated.subscription().status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(billing.subscription(user.id(), trial.id())).isEqualTo(active);
    }

    @Test
    void onlyValidTransitionsAreMadeAndARefusedOneChangesAndFiresNothing() throws SQLException {
        billing.createCustomer(user);
        String id = billing.subscribe(user, "basic").subscription().id();
        assertThat(billing.changeStatus(user, id, "past_due").status()).isEqualTo("past_due");
        assertThat(billing.changeStatus(user, id, "active").status()).isEqualTo("active");
        assertThatThrownBy(() -> billing.changeStatus(user, id, "active")).as("no change is no transition")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(billing.changeStatus(user, id, "canceled").status()).isEqualTo("canceled");

        fired.clear();
        assertThatThrownBy(() -> billing.changeStatus(user, id, "active")).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("invalid_transition");
                    assertThat(e.getMessage()).contains("canceled", "final");
                    assertThat(e.details()).containsEntry("from", "canceled").containsEntry("allowed", List.of());
                });
        assertThat(billing.subscription(user.id(), id).status()).isEqualTo("canceled");
        assertThat(fired).isEmpty();
    }

    @Test
    void badInputIsA400ThatNamesTheFieldAndStoresNothing() throws SQLException {
        billing.createCustomer(user);
        assertThatThrownBy(() -> billing.subscribe(user, "platinum")).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details()).containsEntry("field", "plan");
                    assertThat(e.getMessage()).contains("platinum", "basic", "pro");
                });
        assertThatThrownBy(() -> billing.subscribe(user, null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.details()).containsEntry("field", "plan"));
        String id = billing.subscribe(user, "basic").subscription().id();
        assertThatThrownBy(() -> billing.changeStatus(user, id, "paused")).isInstanceOfSatisfying(ApiException.class,
                e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.details()).containsEntry("field", "status");
                    assertThat(e.getMessage()).contains("past_due");
                });
        assertThat(billing.subscriptions(user.id())).hasSize(1);
        assertThat(billing.plans()).extracting(Plan::name).as("the broken entry is ignored")
                .containsExactly("basic", "pro");
    }

    @Test
    void subscribingNeedsACustomer() {
        assertThatThrownBy(() -> billing.subscribe(user, "basic")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("no_customer");
        });
    }

    @Test
    void anInvoiceIsPaidOnceThroughTheManualProvider() throws SQLException {
        billing.createCustomer(user);
        BillingInvoice open = billing.subscribe(user, "basic").invoice();
        fired.clear();
        BillingInvoice paid = billing.pay(user, open.id());
        assertThat(paid.status()).isEqualTo("paid");
        assertThat(paid.paidAt()).isAfter(open.createdAt());
        assertThat(paid.paymentProvider()).isEqualTo("manual");
        assertThat(paid.paymentReference()).startsWith("manual-");
        assertThat(billing.invoice(user.id(), open.id())).isEqualTo(paid);
        assertThat(firedNames()).containsExactly("billing:invoice_paid", "audit:record");
        assertThat((Invoice) fired.get(0)[1]).isEqualTo(paid.payload());

        assertThatThrownBy(() -> billing.pay(user, open.id())).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(409);
            assertThat(e.code()).isEqualTo("already_paid");
        });
        assertThat(firedNames()).hasSize(2);
    }

    @Test
    void aUserNeverSeesOrChangesAnotherUsersBilling() throws SQLException {
        billing.createCustomer(user);
        Billing.Subscribed mine = billing.subscribe(user, "basic");
        User other = new User(UUID.randomUUID().toString(), "bob@example.com", "Bob", START);
        billing.createCustomer(other);

        assertThat(billing.subscriptions(other.id())).isEmpty();
        assertThat(billing.invoices(other.id())).isEmpty();
        for (var attempt : List.<org.assertj.core.api.ThrowableAssert.ThrowingCallable>of(
                () -> billing.changeStatus(other, mine.subscription().id(), "canceled"),
                () -> billing.pay(other, mine.invoice().id()),
                () -> billing.subscription(other.id(), mine.subscription().id()))) {
            assertThatThrownBy(attempt).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.status()).isEqualTo(404));
        }
        assertThat(billing.subscription(user.id(), mine.subscription().id()).status()).isEqualTo("active");
        assertThat(billing.invoice(user.id(), mine.invoice().id()).status()).isEqualTo("open");
    }

    @Test
    void aDuplicateCustomerIsRecognisedByItsSqlState() throws SQLException {
        billing.createCustomer(user);
        try (Connection c = db.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO hookwire_billing_customer (id, user_id, created_at) VALUES ('"
                    + UUID.randomUUID() + "', '" + user.id() + "', CURRENT_TIMESTAMP)");
            throw new AssertionError("the unique key let a second customer in");
        } catch (SQLException e) {
            assertThat(Billing.uniqueViolation(e)).isTrue();
        }
    }
}
