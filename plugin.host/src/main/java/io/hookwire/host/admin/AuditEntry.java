package io.hookwire.host.admin;

import java.time.Instant;

/**
 * One line of the audit trail: who changed what, and when.
 *
 * @param at when
 * @param actor who: an operator's user name, {@code system}, or {@code breaker}
 * @param action what, for example {@code plugin.disabled}
 * @param resource what it was done to, for example {@code plugin/notes}
 * @param details the particulars, for example the reason or the tenants
 * @param requestId the id of the request that caused it ({@code X-Request-Id}), or {@code null}
 */
public record AuditEntry(Instant at, String actor, String action, String resource, String details,
        String requestId) {}
