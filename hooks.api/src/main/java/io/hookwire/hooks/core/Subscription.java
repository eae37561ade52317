package io.hookwire.hooks.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A billing subscription.
 *
 * @param id the subscription id
 * @param customerId the billing customer
 * @param plan the plan name
 * @param status where it stands
 * @param currentPeriodEnd when the current period ends
 */
public record Subscription(String id, String customerId, String plan, SubscriptionStatus status,
        Instant currentPeriodEnd) {
    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
    }
}
