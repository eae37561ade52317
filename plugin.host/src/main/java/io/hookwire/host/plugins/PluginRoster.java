package io.hookwire.host.plugins;

import java.util.List;
import java.util.Optional;

/**
 * What the plugin lifecycle last recorded, readable from any thread without waiting for the plugin manager's worker
 * (which may be busy migrating a plugin): a request that only reads states, such as the browser's list of client
 * modules, reads this. A service of this bundle's private package.
 *
 * <p>The lifecycle replaces the snapshot after every change it records, before it tells anyone of the change (the
 * {@value io.hookwire.api.events.HookwireTopics#PLUGIN_CHANGED} event), so that whoever reacts to the event reads
 * the new state.
 */
public interface PluginRoster {
    /** The latest snapshot. */
    Snapshot roster();

    /**
     * @param plugins every plugin the host knows, sorted by id
     * @param safeMode whether the safe mode is on
     * @param killSwitch whether the kill switch was set at start
     */
    record Snapshot(List<PluginEntry> plugins, boolean safeMode, boolean killSwitch) {
        public Snapshot {
            plugins = List.copyOf(plugins);
        }

        public Optional<PluginEntry> find(String id) {
            return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }
}
