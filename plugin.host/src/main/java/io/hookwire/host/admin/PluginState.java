package io.hookwire.host.admin;

/** Where a plugin stands (seed §3). Each state comes with a reason and the time it was entered. */
public enum PluginState {
    /** It is known but not enabled anywhere, or its bundle is gone (its data is kept until purged). */
    INSTALLED,
    /**
     * It may run (globally or for some tenants) but does not yet: the host is migrating or starting it, it waits for
     * its components, or it failed to resolve, migrate or start; the reason says which.
     */
    ENABLED,
    /** Its bundle is active and its components are satisfied. */
    ACTIVE,
    /** The circuit breaker stopped it after repeated failures; it stays stopped until an operator resets it. */
    QUARANTINED
}
