package io.hookwire.hooks.telemetry;

import java.time.Instant;

/**
 * The most recent failure of a plugin × hook × kind.
 *
 * @param time when it happened
 * @param type the class name of the failure, for example {@code java.lang.IllegalStateException}
 * @param message its message, or an empty string
 * @param timedOut whether it was a timeout
 * @param handlerId the handler that failed
 */
public record LastError(Instant time, String type, String message, boolean timedOut, String handlerId) {}
