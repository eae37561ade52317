package io.hookwire.host.plugins;

import java.util.Set;

import org.osgi.framework.Bundle;

import io.hookwire.host.admin.PluginState;

/**
 * One plugin in a {@link PluginRoster.Snapshot}: what the lifecycle recorded for it at that moment, and the bundle
 * that carries it (if any). Immutable, except that the bundle is the live framework object.
 *
 * @param id the plugin id
 * @param name its display name
 * @param category {@code core} or {@code optional}
 * @param version its bundle version, or {@code null} when unknown
 * @param state the state the lifecycle recorded
 * @param enabled enabled globally
 * @param tenants the tenants it is enabled for when not globally
 * @param bundle the bundle that carries it, or {@code null} when it is not installed
 * @param client the {@code Plugin-Client} module's path in the bundle, or {@code null}
 * @param clientFolder the folder of that module ({@code client/}), or {@code null}
 */
public record PluginEntry(String id, String name, String category, String version, PluginState state,
        boolean enabled, Set<String> tenants, Bundle bundle, String client, String clientFolder) {

    public PluginEntry {
        tenants = Set.copyOf(tenants);
    }

    /** Whether it serves {@code tenant} ({@code null}: no tenant, served by global enablement only). */
    public boolean serves(String tenant) {
        return enabled || tenant != null && tenants.contains(tenant);
    }

    /** Whether its bundle is installed now. */
    public boolean installed() {
        return bundle != null && bundle.getState() != Bundle.UNINSTALLED;
    }

    static PluginEntry of(ManagedPlugin p) {
        PluginDescriptor d = p.descriptor;
        Bundle bundle = p.installed() ? p.bundle : null;
        return new PluginEntry(p.id, d == null ? p.id : d.name(), d == null ? "optional" : d.category(),
                d == null ? null : d.version(), p.state, p.enabled, p.tenants, bundle,
                bundle == null || d == null ? null : d.client(), bundle == null || d == null ? null : d.clientFolder());
    }
}
