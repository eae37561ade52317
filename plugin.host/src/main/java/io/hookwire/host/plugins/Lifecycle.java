package io.hookwire.host.plugins;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.log.Logger;

import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.migrations.MigrationException;
import io.hookwire.host.migrations.PluginMigrations;
import io.hookwire.host.pipeline.RequestIds;

/**
 * The plugin state machine (seed §3): which plugins run, and why the others do not. Runs on the plugin manager's
 * single worker thread only, so it needs no locks; everything it decides is kept in the database.
 *
 * <p>A plugin runs when it is installed, enabled (globally or for some tenants), not quarantined, and allowed by the
 * kill switch and the safe mode (which let only core plugins run); its migrations run first. The host starts plugin
 * bundles transiently, so that the framework never starts one on its own at the next boot: this class decides.
 */
final class Lifecycle {
    static final String SAFE_MODE = "safe_mode";

    private final BundleContext context;
    private final PluginStore store;
    private final PluginMigrations migrations;
    private final QuarantineBreaker breaker;
    private final Supplier<ServiceComponentRuntime> scr;
    private final Clock clock;
    private final Logger log;
    private final boolean killSwitch;
    private final TenantAccess tenantAccess;
    private final Map<String, ManagedPlugin> plugins = new TreeMap<>();
    private final Map<Long, String> refused = new HashMap<>();
    /** The ids of the plugin bundles stopped outside the host; written by the bundle listener, on any thread. */
    private final Set<Long> stoppedOutside;
    /** Told each audit entry once it is written: fires {@code audit:record} (see PluginManager). */
    private final Consumer<AuditRecord> announce;
    /** Told of every recorded change, after {@link #snapshot} was replaced (see PluginManager). */
    private final ChangeListener onChange;
    private volatile PluginRoster.Snapshot snapshot;
    private boolean enableNewPlugins = true;
    private boolean safeMode;

    /** Told of each change the lifecycle records: a state, an operator's action, an update, the safe mode. */
    interface ChangeListener {
        /**
         * @param plugin the plugin's id, or {@code null} for a change of the whole runtime (the safe mode)
         * @param state the plugin's state now, or {@code SAFE_MODE_ON}/{@code SAFE_MODE_OFF}
         * @param change what happened, in one word that names no tenant: {@code state}, {@code enabled},
         *        {@code disabled}, {@code updated}, {@code quarantined}...
         */
        void changed(String plugin, String state, String change);
    }

    Lifecycle(BundleContext context, PluginStore store, PluginMigrations migrations, QuarantineBreaker breaker,
            Supplier<ServiceComponentRuntime> scr, Clock clock, Logger log, boolean killSwitch,
            TenantAccess tenantAccess, Set<Long> stoppedOutside, Consumer<AuditRecord> announce,
            ChangeListener onChange) {
        this.context = context;
        this.onChange = onChange;
        this.snapshot = new PluginRoster.Snapshot(List.of(), false, killSwitch);
        this.announce = announce;
        this.stoppedOutside = stoppedOutside;
        this.store = store;
        this.migrations = migrations;
        this.breaker = breaker;
        this.scr = scr;
        this.clock = clock;
        this.log = log;
        this.killSwitch = killSwitch;
        this.tenantAccess = tenantAccess;
    }

    void enableNewPlugins(boolean enable) {
        enableNewPlugins = enable;
    }

    /** Reads what the database keeps. */
    void load() throws SQLException {
        for (PluginStore.Row row : store.loadAll().values()) {
            plugins.put(row.id(), ManagedPlugin.of(row));
        }
        safeMode = store.setting(SAFE_MODE).map(Boolean::parseBoolean).orElse(false);
        tenantAccess.publish(plugins.values());
        snapshot = takeSnapshot();
        if (killSwitch) {
            log.warn("The kill switch is on (PLUGINS_DISABLED): only core plugins run; the stored states stay as"
                    + " they are");
        }
        if (safeMode) {
            log.warn("The safe mode is on: only core plugins run until an operator turns it off");
        }
    }

    boolean killSwitch() {
        return killSwitch;
    }

    boolean safeMode() {
        return safeMode;
    }

    /** What was last recorded; read from any thread. */
    PluginRoster.Snapshot snapshot() {
        return snapshot;
    }

    private PluginRoster.Snapshot takeSnapshot() {
        List<PluginEntry> entries = new ArrayList<>();
        for (ManagedPlugin p : plugins.values()) {
            entries.add(PluginEntry.of(p));
        }
        return new PluginRoster.Snapshot(entries, safeMode, killSwitch);
    }

    /** Replaces the snapshot, then tells the listener (which may read the snapshot at once). */
    private void changed(String plugin, String state, String change) {
        snapshot = takeSnapshot();
        try {
            onChange.changed(plugin, state, change);
        } catch (RuntimeException e) {
            log.warn("A listener of plugin changes failed", e);
        }
    }

    Optional<ManagedPlugin> find(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    ManagedPlugin require(String id) {
        return find(id).orElseThrow(() -> AdminException.notFound(id));
    }

    List<DeployProblem> problems() throws SQLException {
        return store.problems();
    }

    List<AuditEntry> audit(int limit) throws SQLException {
        return store.audit(limit);
    }

    List<PluginView> views() {
        List<PluginView> views = new ArrayList<>();
        for (ManagedPlugin p : plugins.values()) {
            views.add(p.view());
        }
        return views;
    }

    Instant now() {
        return clock.instant();
    }

    // Bundles come and go

    /** A bundle was installed, or changed state. */
    void seen(Bundle bundle) throws SQLException {
        String claimed = PluginDescriptor.claimedId(bundle.getHeaders(""));
        if (claimed == null || bundle.getState() == Bundle.UNINSTALLED) {
            return; // a library
        }
        if (refused.containsKey(bundle.getBundleId())) {
            return;
        }
        PluginDescriptor descriptor;
        try {
            descriptor = PluginDescriptor.of(bundle);
        } catch (IllegalArgumentException e) {
            refuse(bundle, claimed, e.getMessage());
            return;
        }
        ManagedPlugin p = plugins.get(descriptor.id());
        if (p != null && p.installed() && p.bundle.getBundleId() != bundle.getBundleId()) {
            refuse(bundle, descriptor.id(), "plugin id '" + descriptor.id() + "' is already used by bundle "
                    + p.bundle.getBundleId() + " (" + p.bundle.getLocation() + "); this one is refused. Remove it,"
                    + " or give it another Plugin-Id");
            return;
        }
        boolean isNew = p == null;
        if (isNew) {
            p = new ManagedPlugin(descriptor.id(), now());
            p.enabled = enableNewPlugins;
            plugins.put(p.id, p);
        }
        boolean changedBundle = p.bundle == null || p.bundle.getBundleId() != bundle.getBundleId();
        // updated in place (same bundle, new content): its client module URL changes, so the browsers must learn it
        boolean updated = !isNew && !changedBundle && p.seenModified != bundle.getLastModified();
        p.seenModified = bundle.getLastModified();
        p.descriptor = descriptor;
        p.bundle = bundle;
        p.location = bundle.getLocation();
        if (isNew || changedBundle) {
            store.clearProblem(bundle.getLocation());
            store.save(p.row());
            audit("system", isNew ? "plugin.installed" : "plugin.reinstalled", p, descriptor.symbolicName() + " "
                    + descriptor.version() + (isNew ? (p.enabled ? ", enabled" : ", not enabled") : ""));
        }
        reconcile(p);
        if (updated) {
            changed(p.id, p.state.name(), "updated");
        }
    }

    /**
     * A plugin's bundle was stopped by someone else than the host (the Web Console, the shell): it stays stopped
     * until it is started again the same way, or an operator enables or disables the plugin. The listener of the
     * bundle events marks it at once (see {@link #stoppedOutside}), so that no check in between starts it again.
     */
    void stoppedOutside(Bundle bundle) throws SQLException {
        ManagedPlugin p = of(bundle);
        if (p != null && stoppedOutside.contains(bundle.getBundleId())) {
            audit("framework", "plugin.stopped", p, "bundle " + bundle.getBundleId() + " was stopped outside the host");
            reconcile(p);
        }
    }

    /** A plugin's bundle was started by someone else than the host: the host manages it again. */
    void startedOutside(Bundle bundle) throws SQLException {
        ManagedPlugin p = of(bundle);
        if (p != null) {
            audit("framework", "plugin.started", p, "bundle " + bundle.getBundleId() + " was started outside the host");
            reconcile(p);
        }
    }

    /** An operator changed the plugin's enablement: the host manages its bundle again, however it was stopped. */
    void manageAgain(ManagedPlugin p) {
        if (p.bundle != null) {
            stoppedOutside.remove(p.bundle.getBundleId());
        }
    }

    private ManagedPlugin of(Bundle bundle) {
        for (ManagedPlugin p : plugins.values()) {
            if (p.bundle != null && p.bundle.getBundleId() == bundle.getBundleId()) {
                return p;
            }
        }
        return null;
    }

    /** A bundle was uninstalled: its plugin's data stays. */
    void gone(Bundle bundle) throws SQLException {
        refused.remove(bundle.getBundleId());
        for (ManagedPlugin p : plugins.values()) {
            if (p.bundle != null && p.bundle.getBundleId() == bundle.getBundleId()) {
                p.bundle = null;
                set(p, PluginState.INSTALLED, "uninstalled; its data is kept (purge drops it)");
                audit("system", "plugin.uninstalled", p, bundle.getLocation());
            }
        }
    }

    private void refuse(Bundle bundle, String pluginId, String reason) throws SQLException {
        refused.put(bundle.getBundleId(), reason);
        log.warn("Refused " + bundle.getLocation() + ": " + reason);
        store.recordProblem(bundle.getLocation(), pluginId, reason, now());
        stopQuietly(bundle);
    }

    // Deciding, starting and stopping

    /** Why the plugin must not run now, or {@code null} when it should run. */
    private String holdReason(ManagedPlugin p) {
        if (p.quarantined) {
            return p.reason;
        }
        if (!p.enabledAnywhere()) {
            return "not enabled";
        }
        if (p.bundle != null && stoppedOutside.contains(p.bundle.getBundleId())) {
            return "its bundle was stopped outside the host (Web Console or shell); start the bundle again, or"
                    + " disable and enable the plugin";
        }
        if (killSwitch && !p.core()) {
            return "stopped by the kill switch (PLUGINS_DISABLED): only core plugins run";
        }
        if (safeMode && !p.core()) {
            return "stopped by the safe mode: only core plugins run";
        }
        return null;
    }

    /** Brings a plugin's bundle in line with its state, and records what came of it. */
    void reconcile(ManagedPlugin p) throws SQLException {
        if (context.getBundle(0).getState() == Bundle.STOPPING) {
            return; // the framework stops every bundle: the states stay as they were, for the next start
        }
        if (!p.installed()) {
            if (p.state != PluginState.QUARANTINED && p.state != PluginState.INSTALLED) {
                set(p, PluginState.INSTALLED, "not installed; its data is kept (purge drops it)");
            }
            return;
        }
        Bundle bundle = p.bundle;
        String hold = holdReason(p);
        if (hold != null) {
            stopQuietly(bundle);
            set(p, p.quarantined ? PluginState.QUARANTINED
                    : p.enabledAnywhere() ? PluginState.ENABLED : PluginState.INSTALLED, hold);
            return;
        }
        if (!running(bundle)) {
            if (p.failedBundle == bundle.getLastModified()) {
                return; // it failed as it is: its reason stands until the bundle changes or an operator acts
            }
            if (!startLevelReached(bundle)) {
                return; // at boot, before the framework's beginning level: it starts when the framework gets there
            }
            if (!migrate(p)) {
                p.failedBundle = bundle.getLastModified();
                return;
            }
            try {
                bundle.start(Bundle.START_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                if (e instanceof BundleException be && be.getType() == BundleException.RESOLVE_ERROR) {
                    String reason = "failed to resolve: " + e.getMessage();
                    if (!reason.equals(p.reason)) { // tried again at each check: a missing library may arrive
                        set(p, PluginState.ENABLED, reason);
                        store.recordProblem(bundle.getLocation(), p.id, reason, now());
                    }
                } else {
                    activationFailed(p, "failed to activate: " + rootCause(e));
                }
                return;
            }
        }
        ComponentCheck.Status status = ComponentCheck.of(scr.get(), bundle);
        if (!status.failed().isEmpty()) {
            activationFailed(p, String.join("; ", status.failed()));
        } else if (!status.waiting().isEmpty()) {
            set(p, PluginState.ENABLED, "waiting: " + String.join("; ", status.waiting()));
        } else if (bundle.getState() == Bundle.ACTIVE) {
            p.countedFailure = null;
            set(p, PluginState.ACTIVE, p.enabled ? "running" : "running for tenants " + String.join(", ", p.tenants));
        } else {
            set(p, PluginState.ENABLED, "starting");
        }
    }

    /** Whether the framework's start level lets the bundle start (not at boot, before the beginning level). */
    private boolean startLevelReached(Bundle bundle) {
        return bundle.adapt(BundleStartLevel.class).getStartLevel()
                <= context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
    }

    /** Runs the plugin's migrations when its changelog changed since they last ran (or never ran). Returns whether it may start. */
    private boolean migrate(ManagedPlugin p) throws SQLException {
        String changelog = p.descriptor.migrations();
        if (changelog == null) {
            return true;
        }
        try {
            String checksum = migrations.checksum(p.bundle, changelog);
            if (checksum.equals(p.migratedChecksum)) {
                return true;
            }
            set(p, PluginState.ENABLED, "running its migrations");
            List<String> ran = migrations.migrate(p.id, p.bundle, changelog);
            p.migratedChecksum = checksum;
            store.save(p.row());
            if (!ran.isEmpty()) {
                audit("system", "plugin.migrated", p, "changesets " + String.join(", ", ran));
            }
            return true;
        } catch (MigrationException e) {
            String what = e.kind() == MigrationException.Kind.REFUSED ? "migration refused: " : "migration failed: ";
            set(p, PluginState.ENABLED, what + e.getMessage());
            audit("system", "plugin.migration_failed", p, e.getMessage());
            return false;
        }
    }

    private void activationFailed(ManagedPlugin p, String reason) throws SQLException {
        stopQuietly(p.bundle);
        p.failedBundle = p.bundle.getLastModified();
        set(p, PluginState.ENABLED, reason);
        if (!reason.equals(p.countedFailure)) {
            p.countedFailure = reason;
            failed(p.id, QuarantineBreaker.Failure.ACTIVATION, reason);
        }
    }

    /** Counts a failure with the breaker, and quarantines the plugin when it trips. */
    void failed(String pluginId, QuarantineBreaker.Failure kind, String detail) throws SQLException {
        ManagedPlugin p = plugins.get(pluginId);
        if (p == null || p.quarantined) {
            return;
        }
        Optional<String> trip = breaker.record(pluginId, kind, detail, now());
        if (trip.isPresent()) {
            p.quarantined = true;
            set(p, PluginState.QUARANTINED, trip.get());
            audit("breaker", "plugin.quarantined", p, trip.get());
            log.warn("Plugin '" + pluginId + "' " + trip.get());
            stopQuietly(p.bundle);
        }
    }

    /** After an operator changed a plugin's enablement: the tenant gate learns it. */
    void enablementChanged() {
        tenantAccess.publish(plugins.values());
    }

    Iterable<ManagedPlugin> all() {
        return new ArrayList<>(plugins.values());
    }

    void safeModeFlag(boolean on) {
        safeMode = on;
    }

    void reconcileAll() throws SQLException {
        for (ManagedPlugin p : new ArrayList<>(plugins.values())) {
            reconcile(p);
        }
    }

    // Helpers

    void set(ManagedPlugin p, PluginState state, String reason) throws SQLException {
        if (state == p.state && reason.equals(p.reason)) {
            return;
        }
        if (state != p.state) {
            p.since = now();
            log.info("Plugin '" + p.id + "' is " + state + ": " + reason);
        }
        p.state = state;
        p.reason = reason;
        store.save(p.row());
        changed(p.id, state.name(), "state");
    }

    void audit(String actor, String action, ManagedPlugin p, String details) throws SQLException {
        audit(actor, action, "plugin/" + p.id, details);
        // every operator's and the system's action on a plugin is audited: the shells learn of each
        changed(p.id, p.state.name(), action.startsWith("plugin.") ? action.substring("plugin.".length()) : action);
    }

    /** The safe mode was switched (and audited): the shells learn of it. */
    void safeModeChanged() {
        changed(null, safeMode ? "SAFE_MODE_ON" : "SAFE_MODE_OFF", safeMode ? "safe_mode.on" : "safe_mode.off");
    }

    /** Writes an entry of the audit trail (its own transaction), then announces it. */
    void audit(String actor, String action, String resource, String details) throws SQLException {
        Instant at = now();
        String requestId = RequestIds.current();
        store.audit(at, actor, action, resource, details, requestId);
        announce.accept(new AuditRecord(actor, action, resource,
                details == null ? Map.of() : Map.of("details", details), at, requestId));
    }

    static boolean running(Bundle bundle) {
        return (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0;
    }

    private void stopQuietly(Bundle bundle) {
        if (bundle != null && running(bundle)) {
            try {
                bundle.stop(Bundle.STOP_TRANSIENT);
            } catch (BundleException | IllegalStateException e) {
                log.warn("Could not stop " + bundle.getSymbolicName() + ": " + e.getMessage());
            }
        }
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage())
                : e.getMessage() + " (caused by " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    BundleContext context() {
        return context;
    }
}
