package io.hookwire.host.billing;

import java.time.Instant;
import java.util.Locale;

import io.hookwire.hooks.core.Subscription;
import io.hookwire.hooks.core.SubscriptionStatus;

/**
 * A subscription, as stored in hookwire_subscription and answered over REST.
 *
 * @param id the subscription id
 * @param customerId its billing customer
 * @param plan the plan's name
 * @param status {@code trialing}, {@code active}, {@code past_due}, {@code canceled} or {@code expired}
 * @param currentPeriodEnd when the current period (or the trial) ends
 * @param createdAt when it was created
 * @param updatedAt when its status last changed
 */
public record BillingSubscription(String id, String customerId, String plan, String status,
        Instant currentPeriodEnd, Instant createdAt, Instant updatedAt) {

    /** The status as the hooks name it. */
    public SubscriptionStatus statusValue() {
        return SubscriptionStatus.valueOf(status.toUpperCase(Locale.ROOT));
    }

    /** The payload of the {@code billing:subscription_*} hooks. */
    public Subscription payload() {
        return new Subscription(id, customerId, plan, statusValue(), currentPeriodEnd);
    }

    /** How a status is written, in the database and over REST. */
    static String text(SubscriptionStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
