package io.hookwire.hooks;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every handler failure and timeout. Publish it as a whiteboard service.
 *
 * <p>It is called on the thread that saw the failure (the dispatching thread, or the registry's watchdog for a
 * timeout), so it must be quick and thread-safe. Whatever it throws is caught and logged; it never disturbs the
 * dispatch or the other listeners.
 */
@ConsumerType
@FunctionalInterface
public interface HookErrorListener {
    /** Called once for each failure or timeout. */
    void onError(HookError error);
}
