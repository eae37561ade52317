package io.hookwire.host.plugins;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.migrations.MigrationException;
import io.hookwire.host.migrations.PluginMigrations;

/**
 * What operators do to plugins: enable and disable them (globally or for tenants), lift quarantines, purge data,
 * dry-run migrations, switch the safe mode; and the optional probe that re-admits quarantined plugins. Every change
 * is kept in the database and audited with its actor, then {@link Lifecycle} brings the bundles in line. Runs on the
 * plugin manager's worker thread, as {@link Lifecycle} does.
 */
final class Operations {
    private final Lifecycle lifecycle;
    private final PluginStore store;
    private final PluginMigrations migrations;
    private final QuarantineBreaker breaker;

    Operations(Lifecycle lifecycle, PluginStore store, PluginMigrations migrations, QuarantineBreaker breaker) {
        this.lifecycle = lifecycle;
        this.store = store;
        this.migrations = migrations;
        this.breaker = breaker;
    }


    PluginView enable(String id, Set<String> tenants, String actor) throws SQLException {
        ManagedPlugin p = lifecycle.require(id);
        if (tenants.isEmpty()) {
            p.enabled = true;
            p.tenants.clear();
        } else if (p.enabled) {
            throw new AdminException("conflict", "plugin '" + id + "' is enabled for every tenant; disable it first"
                    + " to enable it for particular tenants");
        } else {
            p.tenants.addAll(tenants);
        }
        p.failedBundle = 0; // an operator's enable tries a plugin that failed again
        lifecycle.manageAgain(p);
        store.save(p.row());
        lifecycle.enablementChanged();
        lifecycle.audit(actor, "plugin.enabled", p, tenants.isEmpty() ? "globally" : "for tenants " + String.join(", ", tenants));
        lifecycle.reconcile(p);
        return p.view();
    }

    PluginView disable(String id, Set<String> tenants, String actor) throws SQLException {
        ManagedPlugin p = lifecycle.require(id);
        if (tenants.isEmpty()) {
            p.enabled = false;
            p.tenants.clear();
        } else if (p.enabled) {
            throw new AdminException("conflict", "plugin '" + id + "' is enabled for every tenant; disable it"
                    + " globally, then enable it for the tenants that should keep it");
        } else {
            p.tenants.removeAll(tenants);
        }
        lifecycle.manageAgain(p);
        store.save(p.row());
        lifecycle.enablementChanged();
        lifecycle.audit(actor, "plugin.disabled", p, tenants.isEmpty() ? "globally" : "for tenants " + String.join(", ", tenants));
        lifecycle.reconcile(p);
        return p.view();
    }

    PluginView reset(String id, String actor) throws SQLException {
        ManagedPlugin p = lifecycle.require(id);
        if (!p.quarantined) {
            throw new AdminException("conflict", "plugin '" + id + "' is not quarantined");
        }
        p.quarantined = false;
        p.failedBundle = 0;
        breaker.reset(id);
        lifecycle.set(p, p.enabledAnywhere() ? PluginState.ENABLED : PluginState.INSTALLED, "quarantine reset by " + actor);
        lifecycle.audit(actor, "plugin.reset", p, "quarantine lifted");
        lifecycle.reconcile(p);
        return p.view();
    }

    /** The optional half-open probe: re-admits quarantined plugins whose cool-down is over, on probation. */
    void probe(Duration coolDown) throws SQLException {
        for (ManagedPlugin p : lifecycle.all()) {
            if (p.quarantined && p.since.plus(coolDown).isBefore(lifecycle.now())) {
                p.quarantined = false;
                breaker.onProbation(p.id);
                lifecycle.set(p, PluginState.ENABLED, "re-admitted on probation after the cool-down");
                lifecycle.audit("breaker", "plugin.probation", p, "cool-down of " + QuarantineBreaker.describe(coolDown)
                        + " over");
                lifecycle.reconcile(p);
            }
        }
    }

    List<String> purge(String id, String confirmation, String actor) throws SQLException, MigrationException {
        ManagedPlugin p = lifecycle.require(id);
        if (!id.equals(confirmation)) {
            throw new AdminException("invalid_argument", "to purge plugin '" + id + "', confirm with its id");
        }
        if (p.installed() && Lifecycle.running(p.bundle)) {
            throw new AdminException("conflict", "plugin '" + id + "' is running; disable it before purging its data");
        }
        List<String> dropped = migrations.purge(id);
        p.migratedChecksum = null;
        store.save(p.row());
        lifecycle.audit(actor, "plugin.purged", p, dropped.isEmpty() ? "nothing to drop" : "dropped " + String.join(", ", dropped));
        return dropped;
    }

    String dryRun(String id) throws MigrationException {
        ManagedPlugin p = lifecycle.require(id);
        if (!p.installed()) {
            throw new AdminException("conflict", "plugin '" + id + "' is not installed: its changelog is not here");
        }
        if (p.descriptor.migrations() == null) {
            throw new AdminException("invalid_argument", "plugin '" + id + "' has no migrations (no Plugin-Migrations"
                    + " header)");
        }
        return migrations.dryRun(id, p.bundle, p.descriptor.migrations());
    }

    void safeMode(boolean on, String actor) throws SQLException {
        if (on == lifecycle.safeMode()) {
            return;
        }
        lifecycle.safeModeFlag(on);
        store.setting(Lifecycle.SAFE_MODE, Boolean.toString(on));
        lifecycle.audit(actor, on ? "safe_mode.on" : "safe_mode.off", "runtime", on
                ? "only core plugins run" : "the plugins' states from before are back");
        lifecycle.safeModeChanged();
        lifecycle.reconcileAll();
    }
}
