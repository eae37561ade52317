package io.hookwire.audit.internal;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

import io.hookwire.api.auth.Caller;
import io.hookwire.hooks.core.AuditRecord;

/**
 * Turns one dispatched action into a stored event: the time, the hook, the actor (the signed-in caller, else what
 * the payload says), the resource and the tenant (the caller's team, else the payload's), and the payload as JSON.
 * It runs on the dispatching thread, after the change was committed, so the caller is the one of the request that
 * made the change. Thread-safe.
 */
public final class EventRecorder {
    private final AuditRepository repository;
    private final Supplier<Caller> caller;
    private final Clock clock;
    private final Supplier<String> requestId;

    /**
     * @param caller the caller of the current request; anonymous outside a request or when no Bouncer is there
     */
    public EventRecorder(AuditRepository repository, Supplier<Caller> caller, Clock clock) {
        this(repository, caller, clock, () -> null);
    }

    /**
     * @param requestId the id of the current request ({@code X-Request-Id}), or {@code null} outside a request
     */
    public EventRecorder(AuditRepository repository, Supplier<Caller> caller, Clock clock,
            Supplier<String> requestId) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
    }

    /**
     * Stores the event.
     *
     * @throws IllegalStateException when the database refuses it (the registry attributes the failure to this
     *     plugin)
     */
    public AuditEvent record(String hook, Object payload) {
        EventFacts facts = EventFacts.of(payload);
        Caller who = caller.get();
        String actor = who != null && who.signedIn() ? who.user().id() : facts.actor();
        String tenant = who != null && who.teamId() != null ? who.teamId() : facts.tenant();
        try {
            // an audit:record announced after the request's thread moved on still names its request
            String request = payload instanceof AuditRecord entry && entry.requestId() != null ? entry.requestId()
                    : requestId.get();
            return repository.insert(clock.instant(), hook, actor, facts.resource(), tenant,
                    PayloadJson.write(payload), request);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record " + hook + " in " + AuditRepository.TABLE, e);
        }
    }
}
