package io.hookwire.audit.internal;

import java.util.List;

/**
 * A page of events, newest first.
 *
 * @param events the events
 * @param nextCursor the cursor of the next page, or {@code null} when this was the last
 */
public record EventPage(List<AuditEvent> events, String nextCursor) {}
