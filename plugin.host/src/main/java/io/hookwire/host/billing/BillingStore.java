package io.hookwire.host.billing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The billing tables (hookwire_billing_customer, hookwire_subscription, hookwire_invoice): plain JDBC on the
 * caller's connection, so that {@link Billing} decides the transactions. Every read of a subscription or an invoice
 * goes through its customer's user: a user never reads or changes another user's billing.
 */
final class BillingStore {
    private static final String SUBSCRIPTION = "select s.id, s.customer_id, s.plan, s.status, s.current_period_end,"
            + " s.created_at, s.updated_at from hookwire_subscription s join hookwire_billing_customer c on"
            + " c.id = s.customer_id where c.user_id = ?";
    private static final String INVOICE = "select i.id, i.customer_id, i.subscription_id, i.amount_minor,"
            + " i.currency, i.status, i.created_at, i.paid_at, i.payment_provider, i.payment_reference from"
            + " hookwire_invoice i join hookwire_billing_customer c on c.id = i.customer_id where c.user_id = ?";

    private BillingStore() {}

    static Optional<BillingCustomer> customerOf(Connection c, String userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id, user_id, created_at from hookwire_billing_customer"
                + " where user_id = ?")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new BillingCustomer(r.getString(1), r.getString(2), instant(r, 3)))
                        : Optional.empty();
            }
        }
    }

    static void insert(Connection c, BillingCustomer customer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_billing_customer (id, user_id,"
                + " created_at) values (?, ?, ?)")) {
            s.setString(1, customer.id());
            s.setString(2, customer.userId());
            s.setTimestamp(3, Timestamp.from(customer.createdAt()));
            s.executeUpdate();
        }
    }

    static void insert(Connection c, BillingSubscription sub) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_subscription (id, customer_id, plan,"
                + " status, current_period_end, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, sub.id());
            s.setString(2, sub.customerId());
            s.setString(3, sub.plan());
            s.setString(4, sub.status());
            s.setTimestamp(5, Timestamp.from(sub.currentPeriodEnd()));
            s.setTimestamp(6, Timestamp.from(sub.createdAt()));
            s.setTimestamp(7, Timestamp.from(sub.updatedAt()));
            s.executeUpdate();
        }
    }

    static void insert(Connection c, BillingInvoice invoice) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_invoice (id, customer_id,"
                + " subscription_id, amount_minor, currency, status, created_at) values (?, ?, ?, ?, ?, ?, ?)")) {
            s.setString(1, invoice.id());
            s.setString(2, invoice.customerId());
            s.setString(3, invoice.subscriptionId());
            s.setLong(4, invoice.amountMinor());
            s.setString(5, invoice.currency());
            s.setString(6, invoice.status());
            s.setTimestamp(7, Timestamp.from(invoice.createdAt()));
            s.executeUpdate();
        }
    }

    /** The user's subscriptions, oldest first, or the one with {@code id} ({@code null} for all). */
    static List<BillingSubscription> subscriptionsOf(Connection c, String userId, String id) throws SQLException {
        List<BillingSubscription> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SUBSCRIPTION + (id == null ? "" : " and s.id = ?")
                + " order by s.created_at, s.id")) {
            s.setString(1, userId);
            if (id != null) {
                s.setString(2, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new BillingSubscription(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), instant(r, 5), instant(r, 6), instant(r, 7)));
                }
            }
        }
        return result;
    }

    /** The user's invoices, oldest first, or the one with {@code id} ({@code null} for all). */
    static List<BillingInvoice> invoicesOf(Connection c, String userId, String id) throws SQLException {
        List<BillingInvoice> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(INVOICE + (id == null ? "" : " and i.id = ?")
                + " order by i.created_at, i.id")) {
            s.setString(1, userId);
            if (id != null) {
                s.setString(2, id);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new BillingInvoice(r.getString(1), r.getString(2), r.getString(3), r.getLong(4),
                            r.getString(5), r.getString(6), instant(r, 7), instant(r, 8), r.getString(9),
                            r.getString(10)));
                }
            }
        }
        return result;
    }

    /**
     * Moves a subscription from {@code from} to {@code sub}'s status; false when it was no longer in {@code from}
     * (someone else changed it meanwhile).
     */
    static boolean changeStatus(Connection c, BillingSubscription sub, String from) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_subscription set status = ?,"
                + " current_period_end = ?, updated_at = ? where id = ? and status = ?")) {
            s.setString(1, sub.status());
            s.setTimestamp(2, Timestamp.from(sub.currentPeriodEnd()));
            s.setTimestamp(3, Timestamp.from(sub.updatedAt()));
            s.setString(4, sub.id());
            s.setString(5, from);
            return s.executeUpdate() == 1;
        }
    }

    /** Marks an open invoice paid; false when it was not open any more. */
    static boolean markPaid(Connection c, BillingInvoice paid) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_invoice set status = ?, paid_at = ?,"
                + " payment_provider = ?, payment_reference = ? where id = ? and status = ?")) {
            s.setString(1, BillingInvoice.PAID);
            s.setTimestamp(2, Timestamp.from(paid.paidAt()));
            s.setString(3, paid.paymentProvider());
            s.setString(4, paid.paymentReference());
            s.setString(5, paid.id());
            s.setString(6, BillingInvoice.OPEN);
            return s.executeUpdate() == 1;
        }
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
