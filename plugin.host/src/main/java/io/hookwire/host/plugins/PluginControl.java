package io.hookwire.host.plugins;

import java.io.File;

/**
 * What the deploy folder and the breaker feed tell the plugin manager. A service of this bundle's private package.
 */
public interface PluginControl {
    /** A jar appeared in the deploy folder. */
    void installed(File file) throws Exception;

    /** A jar in the deploy folder changed. */
    void updated(File file) throws Exception;

    /** A jar left the deploy folder. */
    void removed(File file) throws Exception;

    /** A plugin failed: the breaker counts it. */
    void failed(String pluginId, QuarantineBreaker.Failure kind, String detail);

    /** Whether the plugin serves the current tenant (a plugin enabled globally serves everyone). */
    boolean servesCurrentTenant(String pluginId);
}
