package io.hookwire.hooks.core;

import java.time.Instant;
import java.util.Objects;

/**
 * An invoice.
 *
 * @param id the invoice id
 * @param customerId the billing customer
 * @param subscriptionId the subscription it bills, or {@code null}
 * @param amountMinor the amount in the currency's minor unit (cents)
 * @param currency the ISO 4217 currency code
 * @param paidAt when it was paid, or {@code null}
 */
public record Invoice(String id, String customerId, String subscriptionId, long amountMinor, String currency,
        Instant paidAt) {
    public Invoice {
        Objects.requireNonNull(id, "id");
    }
}
