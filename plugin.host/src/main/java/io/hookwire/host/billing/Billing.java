package io.hookwire.host.billing;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.CustomerCreated;
import io.hookwire.hooks.core.Payloads.SubscriptionUpdated;
import io.hookwire.hooks.core.SubscriptionStatus;
import io.hookwire.hooks.core.User;
import io.hookwire.host.audit.AuditTrail;

/**
 * Billing: a customer per user, subscriptions to the configured plans ({@link BillingConfiguration}) with their
 * status changes ({@link SubscriptionTransitions}), and invoices paid through the manual provider.
 *
 * <p>Each change is one transaction, which also writes its audit entry; after the commit it fires its
 * {@code billing:*} action, then {@code audit:record}. A change that fails fires nothing and leaves nothing. Bad input
 * is an {@link ApiException} (4xx) that says what to fix; a user only ever sees and changes their own billing (someone
 * else's subscription is 404, as one that does not exist). Thread-safe.
 */
@Component(service = Billing.class, configurationPid = BillingConfiguration.PID)
@Designate(ocd = BillingConfiguration.class)
public final class Billing {
    private final DataSource db;
    private final Hooks hooks;
    private final AuditTrail audit;
    private final Clock clock;
    private final PaymentProvider provider = new ManualPaymentProvider();
    private final Logger log;
    /** By name, in the configured order. */
    private volatile Map<String, Plan> plans = Map.of();
    private volatile Duration period = Duration.ofDays(BillingConfiguration.DEFAULT_PERIOD_DAYS);

    @Activate
    public Billing(BillingConfiguration config, @Reference(target = "(hookwire.datasource=main)") DataSource db,
            @Reference Hooks hooks, @Reference AuditTrail audit,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(db, hooks, audit, Clock.systemUTC(), log);
        configure(config);
    }

    Billing(DataSource db, Hooks hooks, AuditTrail audit, Clock clock, Logger log) {
        this.db = db;
        this.hooks = hooks;
        this.audit = audit;
        this.clock = clock;
        this.log = log;
    }

    @Modified
    void configure(BillingConfiguration config) {
        configure(config.plans(), config.period_days());
    }

    void configure(String[] planEntries, int periodDays) {
        Map<String, Plan> parsed = Plan.parseAll(planEntries, problem -> {
            if (log != null) {
                log.warn("Billing: " + problem);
            }
        });
        plans = Collections.unmodifiableMap(parsed);
        period = Duration.ofDays(Math.max(1, periodDays));
    }

    /** The plans, in the configured order. */
    public Collection<Plan> plans() {
        return plans.values();
    }

    /** The user's billing customer. */
    public Optional<BillingCustomer> customer(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return BillingStore.customerOf(c, userId);
        }
    }

    /** Creates the user's billing customer; a 409 when they have one. Fires {@code billing:customer_created}. */
    public BillingCustomer createCustomer(User user) throws SQLException {
        BillingCustomer customer = new BillingCustomer(UUID.randomUUID().toString(), user.id(), clock.instant());
        AuditRecord entry;
        try {
            entry = inTransaction(c -> {
                if (BillingStore.customerOf(c, user.id()).isPresent()) {
                    throw BillingErrors.customerExists(user);
                }
                BillingStore.insert(c, customer);
                return audit.write(c, user.id(), "billing.customer_created", "billing_customer/" + customer.id(),
                        Map.of("user", user.id()));
            });
        } catch (SQLException e) {
            if (uniqueViolation(e)) { // the same user, twice at once: the unique key kept one
                throw BillingErrors.customerExists(user);
            }
            throw e;
        }
        hooks.dispatch(CoreHooks.BILLING_CUSTOMER_CREATED, new CustomerCreated(user, customer.id()));
        audit.announce(entry);
        return customer;
    }

    /** A new subscription and its first invoice (open). */
    public record Subscribed(BillingSubscription subscription, BillingInvoice invoice) {}

    /**
     * Subscribes the user's customer to a plan: {@code trialing} when the plan has trial days, else {@code active};
     * with an open invoice for its first period. Fires {@code billing:subscription_created}.
     */
    public Subscribed subscribe(User user, String planName) throws SQLException {
        Plan plan = planName == null ? null : plans.get(planName.trim());
        if (plan == null) {
            throw ApiException.badRequest("plan", (planName == null || planName.isBlank() ? "a plan is required"
                    : "there is no plan '" + planName + "'") + "; the plans are " + Plan.names(plans));
        }
        Instant now = clock.instant();
        boolean trial = plan.trialDays() > 0;
        BillingSubscription sub = new BillingSubscription(UUID.randomUUID().toString(), null, plan.name(),
                BillingSubscription.text(trial ? SubscriptionStatus.TRIALING : SubscriptionStatus.ACTIVE),
                now.plus(trial ? Duration.ofDays(plan.trialDays()) : period), now, now);
        Subscribed[] made = new Subscribed[1];
        AuditRecord entry = inTransaction(c -> {
            BillingCustomer customer = BillingStore.customerOf(c, user.id()).orElseThrow(BillingErrors::noCustomer);
            BillingSubscription created = new BillingSubscription(sub.id(), customer.id(), sub.plan(), sub.status(),
                    sub.currentPeriodEnd(), now, now);
            BillingInvoice invoice = new BillingInvoice(UUID.randomUUID().toString(), customer.id(), sub.id(),
                    plan.priceMinor(), plan.currency(), BillingInvoice.OPEN, now, null, null, null);
            BillingStore.insert(c, created);
            BillingStore.insert(c, invoice);
            made[0] = new Subscribed(created, invoice);
            return audit.write(c, user.id(), "billing.subscription_created", "subscription/" + sub.id(), Map.of(
                    "plan", plan.name(), "status", created.status(), "invoice", invoice.id()));
        });
        hooks.dispatch(CoreHooks.BILLING_SUBSCRIPTION_CREATED, made[0].subscription().payload());
        audit.announce(entry);
        return made[0];
    }

    /**
     * Changes the status of one of the user's subscriptions: 400 for an unknown status, 404 for a subscription that
     * is not theirs, 409 for a transition that is not allowed. Fires {@code billing:subscription_updated}.
     */
    public BillingSubscription changeStatus(User user, String id, String status) throws SQLException {
        SubscriptionStatus to = BillingErrors.parseStatus(status);
        BillingSubscription[] changed = new BillingSubscription[1];
        SubscriptionStatus[] from = new SubscriptionStatus[1];
        AuditRecord entry = inTransaction(c -> {
            BillingSubscription current = only(BillingStore.subscriptionsOf(c, user.id(), id), "subscription", id);
            from[0] = current.statusValue();
            if (!SubscriptionTransitions.allowed(from[0], to)) {
                throw BillingErrors.invalidTransition(current, to);
            }
            Instant now = clock.instant();
            // a trial that is paid starts the first period
            Instant periodEnd = from[0] == SubscriptionStatus.TRIALING && to == SubscriptionStatus.ACTIVE
                    ? now.plus(period) : current.currentPeriodEnd();
            BillingSubscription next = new BillingSubscription(current.id(), current.customerId(), current.plan(),
                    BillingSubscription.text(to), periodEnd, current.createdAt(), now);
            if (!BillingStore.changeStatus(c, next, current.status())) {
                throw new ApiException(409, "conflict", "subscription '" + id + "' changed meanwhile; read it again",
                        Map.of("subscription", id));
            }
            changed[0] = next;
            return audit.write(c, user.id(), "billing.subscription_updated", "subscription/" + id,
                    Map.of("from", current.status(), "to", next.status()));
        });
        hooks.dispatch(CoreHooks.BILLING_SUBSCRIPTION_UPDATED,
                new SubscriptionUpdated(changed[0].payload(), from[0]));
        audit.announce(entry);
        return changed[0];
    }

    /** The user's subscriptions, oldest first. */
    public List<BillingSubscription> subscriptions(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return BillingStore.subscriptionsOf(c, userId, null);
        }
    }

    /** One of the user's subscriptions; 404 when it is not theirs. */
    public BillingSubscription subscription(String userId, String id) throws SQLException {
        try (Connection c = db.getConnection()) {
            return only(BillingStore.subscriptionsOf(c, userId, id), "subscription", id);
        }
    }

    /** The user's invoices, oldest first. */
    public List<BillingInvoice> invoices(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return BillingStore.invoicesOf(c, userId, null);
        }
    }

    /** One of the user's invoices; 404 when it is not theirs. */
    public BillingInvoice invoice(String userId, String id) throws SQLException {
        try (Connection c = db.getConnection()) {
            return only(BillingStore.invoicesOf(c, userId, id), "invoice", id);
        }
    }

    /** Pays one of the user's open invoices through the manual provider; 409 when it is paid already. */
    public BillingInvoice pay(User user, String id) throws SQLException {
        BillingInvoice[] paid = new BillingInvoice[1];
        AuditRecord entry = inTransaction(c -> {
            BillingInvoice invoice = only(BillingStore.invoicesOf(c, user.id(), id), "invoice", id);
            if (!BillingInvoice.OPEN.equals(invoice.status())) {
                throw BillingErrors.alreadyPaid(invoice);
            }
            PaymentProvider.Payment payment = provider.charge(invoice);
            BillingInvoice done = new BillingInvoice(invoice.id(), invoice.customerId(), invoice.subscriptionId(),
                    invoice.amountMinor(), invoice.currency(), BillingInvoice.PAID, invoice.createdAt(),
                    clock.instant(), payment.provider(), payment.reference());
            if (!BillingStore.markPaid(c, done)) {
                throw BillingErrors.alreadyPaid(invoice);
            }
            paid[0] = done;
            return audit.write(c, user.id(), "billing.invoice_paid", "invoice/" + id, Map.of("amount",
                    invoice.amountMinor() + " " + invoice.currency(), "provider", payment.provider(), "reference",
                    payment.reference()));
        });
        hooks.dispatch(CoreHooks.BILLING_INVOICE_PAID, paid[0].payload());
        audit.announce(entry);
        return paid[0];
    }

    // Helpers

    private static <T> T only(List<T> found, String what, String id) {
        if (found.isEmpty()) {
            throw ApiException.notFound(what, id);
        }
        return found.get(0);
    }

    /** SQLState class 23, unique violation: the same on H2 and PostgreSQL. */
    static boolean uniqueViolation(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(Work<T> work) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
