package io.hookwire.host.billing;

/**
 * Takes the payment of an invoice. The host ships one, {@link ManualPaymentProvider}, which needs no network; a
 * card processor would be another. It is called inside the transaction that marks the invoice paid, so it must be
 * quick: a provider that talks to a network would record a pending payment here and confirm it later.
 */
interface PaymentProvider {
    /** A payment that was taken: the provider's id and its reference for it. */
    record Payment(String provider, String reference) {}

    /**
     * Takes the payment of {@code invoice}.
     *
     * @throws IllegalStateException when it cannot be taken
     */
    Payment charge(BillingInvoice invoice);
}
