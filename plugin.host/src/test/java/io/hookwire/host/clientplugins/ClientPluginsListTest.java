package io.hookwire.host.clientplugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

import io.hookwire.host.admin.PluginState;
import io.hookwire.host.clientplugins.ClientPluginsResource.ClientPlugin;
import io.hookwire.host.plugins.PluginEntry;
import io.hookwire.host.plugins.PluginRoster;

/** Which plugins' modules a shell loads, for which tenant, in which order, at which URL. */
class ClientPluginsListTest {
    private static final long MODIFIED = 1_764_201_600_000L;

    private static Bundle bundle(int state) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getState" -> state;
                    case "getVersion" -> new Version(1, 2, 0);
                    case "getLastModified" -> MODIFIED;
                    default -> null;
                });
    }

    private static PluginEntry plugin(String id, PluginState state, boolean enabled, Set<String> tenants,
            String client) {
        String folder = client == null ? null : client.substring(0, client.lastIndexOf('/') + 1);
        return new PluginEntry(id, id.toUpperCase(), "optional", "1.2.0", state, enabled, tenants,
                bundle(Bundle.ACTIVE), client, folder);
    }

    private static List<String> ids(List<ClientPlugin> plugins) {
        return plugins.stream().map(ClientPlugin::id).toList();
    }

    @Test
    void onlyActivePluginsWithAModuleThatServeTheTenantInIdOrder() {
        PluginRoster.Snapshot snapshot = new PluginRoster.Snapshot(List.of(
                plugin("zeta", PluginState.ACTIVE, true, Set.of(), "client/index.js"),
                plugin("alpha", PluginState.ACTIVE, true, Set.of(), "web/app/main.mjs"),
                plugin("no-module", PluginState.ACTIVE, true, Set.of(), null),
                plugin("stopped", PluginState.ENABLED, true, Set.of(), "client/index.js"),
                plugin("quarantined", PluginState.QUARANTINED, false, Set.of(), "client/index.js"),
                plugin("acme-only", PluginState.ACTIVE, false, Set.of("acme"), "client/index.js")), false, false);

        assertThat(ids(ClientPluginsResource.list(snapshot, null))).containsExactly("alpha", "zeta");
        assertThat(ids(ClientPluginsResource.list(snapshot, "globex"))).containsExactly("alpha", "zeta");
        assertThat(ids(ClientPluginsResource.list(snapshot, "acme"))).containsExactly("acme-only", "alpha", "zeta");
    }

    @Test
    void theModuleUrlCarriesTheVersionTokenAndThePathInsideTheClientFolder() {
        PluginRoster.Snapshot snapshot = new PluginRoster.Snapshot(List.of(
                plugin("alpha", PluginState.ACTIVE, true, Set.of(), "web/app/main.mjs")), false, false);

        ClientPlugin alpha = ClientPluginsResource.list(snapshot, null).get(0);
        assertThat(alpha.module()).isEqualTo("/client/alpha/1.2.0-" + Long.toString(MODIFIED, 36) + "/main.mjs");
        assertThat(alpha.name()).isEqualTo("ALPHA");
        assertThat(alpha.version()).isEqualTo("1.2.0");
    }

    @Test
    void anUninstalledBundleIsNotListed() {
        PluginEntry gone = new PluginEntry("gone", "Gone", "optional", "1.0.0", PluginState.ACTIVE, true, Set.of(),
                bundle(Bundle.UNINSTALLED), "client/index.js", "client/");
        assertThat(ClientPluginsResource.list(new PluginRoster.Snapshot(List.of(gone), false, false), null)).isEmpty();
    }
}
