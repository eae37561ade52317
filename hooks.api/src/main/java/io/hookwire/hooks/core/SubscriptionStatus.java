package io.hookwire.hooks.core;

/** The life of a subscription. */
public enum SubscriptionStatus {
    TRIALING, ACTIVE, PAST_DUE, CANCELED, EXPIRED
}
