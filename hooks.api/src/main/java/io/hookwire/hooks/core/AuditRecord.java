package io.hookwire.hooks.core;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the audit trail: who did what to what.
 *
 * @param actor who acted (a user id, {@code system}, or a plugin id)
 * @param action what was done, for example {@code plugin.disabled}
 * @param resource what it was done to, for example {@code plugin/notes}
 * @param meta further details
 * @param at when
 * @param requestId the id of the HTTP request that caused it ({@code X-Request-Id}, as in the access log), or
 *     {@code null} when no request did (a job, the deploy folder, a start-up)
 */
public record AuditRecord(String actor, String action, String resource, Map<String, String> meta, Instant at,
        String requestId) {
    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        meta = meta == null ? Map.of() : Map.copyOf(meta);
    }

    /** An entry that no request caused. */
    public AuditRecord(String actor, String action, String resource, Map<String, String> meta, Instant at) {
        this(actor, action, resource, meta, at, null);
    }
}
