package io.hookwire.host.admin;

import java.time.Instant;

/**
 * The latest browser failure of a plugin × hook × kind, as the shell reported it (see {@link ClientTelemetry}).
 *
 * @param at when the server received it
 * @param message the error's message, for example {@code TypeError: x is undefined}
 * @param stack its stack, or {@code null}
 * @param page the page it happened on, for example {@code /dashboard}, or {@code null}
 * @param timedOut whether it overran its budget rather than threw
 */
public record ClientError(Instant at, String message, String stack, String page, boolean timedOut) {}
