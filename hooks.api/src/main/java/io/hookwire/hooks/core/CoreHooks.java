package io.hookwire.hooks.core;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.core.Payloads.CustomerCreated;
import io.hookwire.hooks.core.Payloads.LoggedIn;
import io.hookwire.hooks.core.Payloads.MemberAdded;
import io.hookwire.hooks.core.Payloads.MemberRemoved;
import io.hookwire.hooks.core.Payloads.SubscriptionUpdated;
import io.hookwire.hooks.core.Payloads.TeamCreated;

/**
 * The server hooks the host fires (seed §8.1). Actions fire after the change they announce is committed.
 *
 * <p>{@code http:response} is listed among the seed's actions, but its handlers transform the body, so it is a
 * filter here.
 */
public final class CoreHooks {
    private CoreHooks() {}

    // Accounts
    /** A user registered. */
    public static final ActionHook<User> AUTH_REGISTERED = ActionHook.of("auth:registered", User.class);
    /** A user signed in. */
    public static final ActionHook<LoggedIn> AUTH_LOGGED_IN = ActionHook.of("auth:logged_in", LoggedIn.class);
    /** A user passed the second factor. */
    public static final ActionHook<User> AUTH_MFA_VERIFIED = ActionHook.of("auth:mfa_verified", User.class);
    /** A user reset their password. */
    public static final ActionHook<User> AUTH_PASSWORD_RESET = ActionHook.of("auth:password_reset", User.class);
    /** A message (a password reset link, for example) was queued in the host's outbox: a mail plugin sends it. */
    public static final ActionHook<OutboxMessage> OUTBOX_QUEUED = ActionHook.of("outbox:queued", OutboxMessage.class);

    // Teams
    /** A team was created. */
    public static final ActionHook<TeamCreated> TEAM_CREATED = ActionHook.of("team:created", TeamCreated.class);
    /** A team was changed. */
    public static final ActionHook<Team> TEAM_UPDATED = ActionHook.of("team:updated", Team.class);
    /** A user joined a team. */
    public static final ActionHook<MemberAdded> TEAM_MEMBER_ADDED =
            ActionHook.of("team:member_added", MemberAdded.class);
    /** A user left a team. */
    public static final ActionHook<MemberRemoved> TEAM_MEMBER_REMOVED =
            ActionHook.of("team:member_removed", MemberRemoved.class);

    // Billing
    /** A billing customer was created for a user. */
    public static final ActionHook<CustomerCreated> BILLING_CUSTOMER_CREATED =
            ActionHook.of("billing:customer_created", CustomerCreated.class);
    /** A subscription was created. */
    public static final ActionHook<Subscription> BILLING_SUBSCRIPTION_CREATED =
            ActionHook.of("billing:subscription_created", Subscription.class);
    /** A subscription changed status. */
    public static final ActionHook<SubscriptionUpdated> BILLING_SUBSCRIPTION_UPDATED =
            ActionHook.of("billing:subscription_updated", SubscriptionUpdated.class);
    /** An invoice was paid. */
    public static final ActionHook<Invoice> BILLING_INVOICE_PAID = ActionHook.of("billing:invoice_paid", Invoice.class);

    // Compliance and system
    /** Something was written to the audit trail. */
    public static final ActionHook<AuditRecord> AUDIT_RECORD = ActionHook.of("audit:record", AuditRecord.class);
    /** A request under {@code /api/v1} is about to be handled; a handler may refuse it. */
    public static final ActionHook<IncomingRequest> HTTP_REQUEST =
            ActionHook.of("http:request", IncomingRequest.class);
    /** A response body is about to be written; a handler may transform it. */
    public static final FilterHook<ResponseBody, HttpExchange> HTTP_RESPONSE =
            FilterHook.of("http:response", ResponseBody.class, HttpExchange.class);
    /** A statement ran through the shared DataSource. */
    public static final ActionHook<DbQuery> DB_QUERY = ActionHook.of("db:query", DbQuery.class);
    /** The host started, or a plugin started: declare abilities. */
    public static final ActionHook<CapabilityRegistry> APP_CAPABILITIES_REGISTER =
            ActionHook.of("app:capabilities:register", CapabilityRegistry.class);
    /** The application is stopping in an orderly way. */
    public static final ActionHook<AppInfo> APP_SHUTDOWN = ActionHook.of("app:shutdown", AppInfo.class);
}
