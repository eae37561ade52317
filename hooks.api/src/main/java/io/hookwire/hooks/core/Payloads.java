package io.hookwire.hooks.core;

/** Payloads that combine several of the inventory's records. */
public final class Payloads {
    private Payloads() {}

    /** {@code auth:logged_in}: a user and their new session. */
    public record LoggedIn(User user, Session session) {}

    /** {@code team:created}: the team and its owner. */
    public record TeamCreated(Team team, User owner) {}

    /** {@code team:member_added}: the team, the new member and their role. */
    public record MemberAdded(Team team, User user, Role role) {}

    /** {@code team:member_removed}: the team and the former member. */
    public record MemberRemoved(Team team, User user) {}

    /** {@code billing:customer_created}: the user and their new billing customer id. */
    public record CustomerCreated(User user, String customerId) {}

    /** {@code billing:subscription_updated}: the subscription as it is now, and its status before. */
    public record SubscriptionUpdated(Subscription subscription, SubscriptionStatus oldStatus) {}
}
