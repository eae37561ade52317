package io.hookwire.host.billing;

import java.time.Instant;

import io.hookwire.hooks.core.Invoice;

/**
 * An invoice, as stored in hookwire_invoice and answered over REST.
 *
 * @param id the invoice id
 * @param customerId the billing customer it is addressed to
 * @param subscriptionId the subscription it bills, or {@code null}
 * @param amountMinor the amount in the currency's minor unit (cents)
 * @param currency the ISO 4217 currency code
 * @param status {@value #OPEN} or {@value #PAID}
 * @param createdAt when it was issued
 * @param paidAt when it was paid, or {@code null}
 * @param paymentProvider the provider that took the payment ({@code manual}), or {@code null}
 * @param paymentReference the provider's reference of the payment, or {@code null}
 */
public record BillingInvoice(String id, String customerId, String subscriptionId, long amountMinor, String currency,
        String status, Instant createdAt, Instant paidAt, String paymentProvider, String paymentReference) {
    public static final String OPEN = "open";
    public static final String PAID = "paid";

    /** The payload of {@code billing:invoice_paid}. */
    public Invoice payload() {
        return new Invoice(id, customerId, subscriptionId, amountMinor, currency, paidAt);
    }
}
