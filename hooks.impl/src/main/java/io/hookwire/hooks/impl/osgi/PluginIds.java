package io.hookwire.hooks.impl.osgi;

import org.osgi.framework.Bundle;

import io.hookwire.api.plugin.PluginHeaders;

/** Which plugin a bundle is: its {@code Plugin-Id} header, else its symbolic name. Reads no class of the bundle. */
final class PluginIds {
    private PluginIds() {}

    static String of(Bundle bundle) {
        String id = bundle.getHeaders("").get(PluginHeaders.ID);
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        String bsn = bundle.getSymbolicName();
        return bsn != null ? bsn : "bundle-" + bundle.getBundleId();
    }
}
