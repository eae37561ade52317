package io.hookwire.host.admin;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Administers the plugins: lists them with their states and reasons, enables and disables them (globally or for
 * tenants), resets quarantines, purges data, dry-runs migrations and switches the safe mode. Every change is kept
 * in the database and written to the audit trail with its actor. Changes take effect asynchronously: the methods
 * return the plugin as it is once the change is recorded, and its state follows as the host starts or stops it.
 *
 * @throws AdminException from any method, when the request cannot be done as asked
 */
@ProviderType
public interface PluginAdmin {
    /** Every plugin the host knows (installed, or whose data it keeps), sorted by id. */
    List<PluginView> plugins();

    /** One plugin. */
    Optional<PluginView> plugin(String id);

    /** What the host refused, newest first. */
    List<DeployProblem> problems();

    /** Lets the plugin run everywhere ({@code tenants} empty), or for these tenants as well. */
    PluginView enable(String id, Set<String> tenants, String actor);

    /** Stops the plugin everywhere ({@code tenants} empty), or for these tenants only. */
    PluginView disable(String id, Set<String> tenants, String actor);

    /** Lifts a quarantine: the plugin runs again if it is enabled. */
    PluginView reset(String id, String actor);

    /**
     * Drops every table and other object of the plugin ({@code plugin_<id>__*}). The plugin must not be running.
     *
     * @param confirmation the plugin id once more, as the operator's confirmation
     * @return what was dropped
     */
    List<String> purge(String id, String confirmation, String actor);

    /** The SQL that the plugin's pending migrations would run, without running it. */
    String dryRunMigrations(String id);

    /** Whether the safe mode is on (only core plugins run). */
    boolean safeMode();

    /**
     * Turns the safe mode on (every optional plugin stops, and the states from before are kept) or off (exactly those
     * states come back).
     */
    void safeMode(boolean on, String actor);

    /** Whether the kill switch ({@code PLUGINS_DISABLED=1}) was set at start: only core plugins run. */
    boolean killSwitch();

    /** The audit trail, newest first. */
    List<AuditEntry> audit(int limit);
}
