/**
 * Billing: customers, subscriptions with their status changes, and invoices paid through the local "manual"
 * provider ({@link io.hookwire.host.billing.Billing}), over REST under {@code /api/v1/billing}
 * ({@link io.hookwire.host.billing.BillingResource}). Fires {@code billing:*} after each commit.
 */
package io.hookwire.host.billing;
