package io.hookwire.audit.internal;

import java.time.Instant;

/**
 * One recorded action, as stored in {@code plugin_enterprise_audit__events}.
 *
 * @param id its id, growing with each event
 * @param at when it was recorded (microsecond precision)
 * @param hook the action, for example {@code auth:registered}
 * @param actor who acted (a user id, {@code system}, the administrator), or {@code null} when unknown
 * @param resource what it was done to, for example {@code team/t-1}, or {@code null}
 * @param tenant the team it happened in, or {@code null}
 * @param payload the action's payload, as JSON
 * @param requestId the id of the HTTP request that caused it ({@code X-Request-Id}), or {@code null}
 */
public record AuditEvent(long id, Instant at, String hook, String actor, String resource, String tenant,
        String payload, String requestId) {}
