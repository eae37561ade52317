package io.hookwire.host.plugins;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.hookwire.hooks.gate.DispatchGate;
import io.hookwire.host.tenants.CurrentTenant;

/**
 * Which tenants each restricted plugin (enabled for some tenants, not globally) serves: the dispatch gate and the
 * resource guard read it on every request, so it is an immutable map, replaced when enablement changes.
 */
final class TenantAccess implements DispatchGate {
    private volatile Map<String, Set<String>> tenantsOf = Map.of();
    private final Consumer<Set<String>> onChange;

    /** @param onChange told the new set of restricted plugins whenever it changes */
    TenantAccess(Consumer<Set<String>> onChange) {
        this.onChange = onChange;
    }

    /** Publishes the restricted plugins and their tenants (called by the lifecycle after every change). */
    void publish(Iterable<ManagedPlugin> plugins) {
        Map<String, Set<String>> next = new HashMap<>();
        for (ManagedPlugin p : plugins) {
            if (!p.enabled && !p.tenants.isEmpty()) {
                next.put(p.id, Set.copyOf(p.tenants));
            }
        }
        Map<String, Set<String>> before = tenantsOf;
        tenantsOf = Map.copyOf(next);
        if (!before.keySet().equals(next.keySet())) {
            onChange.accept(Set.copyOf(next.keySet()));
        }
    }

    boolean restricted(String plugin) {
        return tenantsOf.containsKey(plugin);
    }

    /** Whether the plugin serves the current tenant; an unrestricted plugin serves everyone. */
    @Override
    public boolean admits(String plugin) {
        Set<String> tenants = tenantsOf.get(plugin);
        if (tenants == null) {
            return true;
        }
        String tenant = CurrentTenant.get();
        return tenant != null && tenants.contains(tenant);
    }
}
