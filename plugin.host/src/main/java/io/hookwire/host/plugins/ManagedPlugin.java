package io.hookwire.host.plugins;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import org.osgi.framework.Bundle;

import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;

/**
 * One plugin as the lifecycle manager holds it: what the database keeps (enablement, tenants, quarantine, the
 * observed state) and the bundle that carries it now, if any. Only the manager's worker thread touches it.
 */
final class ManagedPlugin {
    final String id;
    PluginDescriptor descriptor;
    Bundle bundle;
    String location;
    boolean enabled;
    final Set<String> tenants = new TreeSet<>();
    boolean quarantined;
    PluginState state = PluginState.INSTALLED;
    String reason = "installed";
    Instant since;
    String migratedChecksum;
    /** The last activation failure counted by the breaker, so that one failure is counted once. */
    String countedFailure;
    /**
     * The bundle's last-modified time when its migrations or its start failed, or 0: the host does not try that
     * bundle again (every 2 s) until it changes, or an operator enables or resets the plugin.
     */
    long failedBundle;
    /** The bundle's last-modified time when the lifecycle last saw it: a change is an update in place. */
    long seenModified;

    ManagedPlugin(String id, Instant since) {
        this.id = id;
        this.since = since;
    }

    static ManagedPlugin of(PluginStore.Row row) {
        ManagedPlugin p = new ManagedPlugin(row.id(), row.since());
        p.descriptor = new PluginDescriptor(row.id(), row.name(), row.category(), row.migrations(), null, null,
                row.version());
        p.location = row.location();
        p.enabled = row.enabled();
        p.tenants.addAll(row.tenants());
        p.quarantined = row.quarantined();
        p.state = row.state();
        p.reason = row.reason();
        p.migratedChecksum = row.migratedChecksum();
        return p;
    }

    boolean installed() {
        return bundle != null && bundle.getState() != Bundle.UNINSTALLED;
    }

    /** Enabled globally or for at least one tenant. */
    boolean enabledAnywhere() {
        return enabled || !tenants.isEmpty();
    }

    boolean core() {
        return descriptor != null && descriptor.core();
    }

    PluginStore.Row row() {
        PluginDescriptor d = descriptor;
        return new PluginStore.Row(id, d == null ? id : d.name(), d == null ? null : d.version(),
                d == null ? "optional" : d.category(), location, d == null ? null : d.migrations(), enabled,
                Set.copyOf(tenants), state, reason, since, quarantined, installed(), migratedChecksum);
    }

    PluginView view() {
        PluginDescriptor d = descriptor;
        return new PluginView(id, d == null ? id : d.name(), d == null ? null : d.version(),
                d == null ? "optional" : d.category(), state, reason, since, enabled, tenants.stream().toList(),
                installed(), installed() ? bundle.getBundleId() : -1, location, d == null ? null : d.migrations());
    }
}
