package io.hookwire.hooks.gate;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Decides whether the handlers of a restricted plugin run in the current dispatch, for example because the plugin is
 * enabled for the current tenant only. The registry uses at most one gate (the highest ranked).
 *
 * <p>The gate's service property {@value #RESTRICTED} lists the plugins it restricts (String or String[]); the
 * registry asks the gate about those plugins only, so that everybody else's handlers pay nothing. When the list
 * changes, update the service's properties. {@link #admits(String)} is called on the dispatching thread, once per
 * restricted handler per dispatch: it must be fast and must not throw (if it throws, the handler is skipped).
 */
@ConsumerType
@FunctionalInterface
public interface DispatchGate {
    /** Service property: the ids of the plugins this gate restricts. */
    String RESTRICTED = "hookwire.gate.restricted";

    /** Whether the handlers of {@code plugin}, one of the restricted plugins, run now. */
    boolean admits(String plugin);
}
