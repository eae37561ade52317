package io.hookwire.host.admin;

import java.time.Instant;
import java.util.List;

/**
 * A plugin as the host knows it.
 *
 * @param id the plugin id ({@code Plugin-Id})
 * @param name its display name
 * @param version its bundle version
 * @param category {@code core} or {@code optional}
 * @param state where it stands
 * @param reason why it is in that state, in words an operator can act on
 * @param since when it entered that state
 * @param enabled whether it may run globally
 * @param tenants the tenants it is enabled for, when it is not enabled globally (sorted)
 * @param installed whether its bundle is installed now (its data outlives the bundle)
 * @param bundleId the bundle id, or -1 when it is not installed
 * @param location where the bundle came from, for example {@code file:/.../deploy/notes.jar}
 * @param migrations the path of its Liquibase changelog in the bundle, or {@code null}
 */
public record PluginView(String id, String name, String version, String category, PluginState state, String reason,
        Instant since, boolean enabled, List<String> tenants, boolean installed, long bundleId, String location,
        String migrations) {

    public PluginView {
        tenants = tenants == null ? List.of() : List.copyOf(tenants);
    }
}
