package io.hookwire.host.billing;

import java.time.Instant;

/**
 * A user's billing customer, as stored in hookwire_billing_customer and answered over REST.
 *
 * @param id the customer id
 * @param userId the user it bills (one customer per user)
 * @param createdAt when it was created
 */
public record BillingCustomer(String id, String userId, Instant createdAt) {}
