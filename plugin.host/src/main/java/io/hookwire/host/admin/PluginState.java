package io.hookwire.host.admin;

/** Where a plugin stands (seed §3). Each state comes with a reason and the time it was entered. */
public enum PluginState {
    /** Its bundle is installed (or resolved), but it does not run: not enabled, or it could not be started. */
    INSTALLED,
    /** It may run (globally or for some tenants), and the host is starting it or waiting for its components. */
    ENABLED,
    /** Its bundle is active and its components are satisfied. */
    ACTIVE,
    /** The circuit breaker stopped it after repeated failures; it stays stopped until an operator resets it. */
    QUARANTINED
}
