package io.hookwire.audit.internal;

import io.hookwire.hooks.core.AppInfo;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.Invoice;
import io.hookwire.hooks.core.Payloads.CustomerCreated;
import io.hookwire.hooks.core.Payloads.LoggedIn;
import io.hookwire.hooks.core.Payloads.MemberAdded;
import io.hookwire.hooks.core.Payloads.MemberRemoved;
import io.hookwire.hooks.core.Payloads.SubscriptionUpdated;
import io.hookwire.hooks.core.Payloads.TeamCreated;
import io.hookwire.hooks.core.Subscription;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;

/**
 * What a payload of the core inventory says about who acted, on what, and in which team. The signed-in caller,
 * when there is one, is a better actor than the payload: {@link EventRecorder} prefers it.
 *
 * @param actor who acted according to the payload, or {@code null}
 * @param resource what the action was done to, or {@code null}
 * @param tenant the team the action belongs to, or {@code null}
 */
record EventFacts(String actor, String resource, String tenant) {
    private static final EventFacts NONE = new EventFacts(null, null, null);

    static EventFacts of(Object payload) {
        return switch (payload) {
            case User u -> new EventFacts(u.id(), "user/" + u.id(), null);
            case LoggedIn l when l.user() != null -> new EventFacts(l.user().id(), "user/" + l.user().id(), null);
            case TeamCreated t when t.team() != null -> new EventFacts(
                    t.owner() != null ? t.owner().id() : t.team().ownerId(), team(t.team()), t.team().id());
            case Team t -> new EventFacts(null, team(t), t.id());
            case MemberAdded m when m.team() != null -> new EventFacts(null, member(m.team(), m.user()), m.team().id());
            case MemberRemoved m when m.team() != null ->
                    new EventFacts(null, member(m.team(), m.user()), m.team().id());
            case CustomerCreated c -> new EventFacts(c.user() == null ? null : c.user().id(),
                    "customer/" + c.customerId(), null);
            case Subscription s -> new EventFacts(null, "subscription/" + s.id(), null);
            case SubscriptionUpdated s when s.subscription() != null ->
                    new EventFacts(null, "subscription/" + s.subscription().id(), null);
            case Invoice i -> new EventFacts(null, "invoice/" + i.id(), null);
            case AuditRecord a -> new EventFacts(a.actor(), a.resource(), null);
            case AppInfo a -> new EventFacts("system", "app", null);
            case null, default -> NONE;
        };
    }

    private static String team(Team team) {
        return "team/" + team.id();
    }

    private static String member(Team team, User user) {
        return team(team) + (user == null ? "" : "/member/" + user.id());
    }
}
