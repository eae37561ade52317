package io.hookwire.host.billing;

import java.util.UUID;

/**
 * The "manual" provider: an operator or the customer says the invoice was paid (by bank transfer, say), and it is.
 * No network, no card; its reference is a fresh id, so that each payment can still be told apart.
 */
final class ManualPaymentProvider implements PaymentProvider {
    static final String ID = "manual";

    @Override
    public Payment charge(BillingInvoice invoice) {
        if (invoice.amountMinor() < 0) {
            throw new IllegalStateException("invoice " + invoice.id() + " has a negative amount");
        }
        return new Payment(ID, ID + "-" + UUID.randomUUID());
    }
}
