package io.hookwire.host.runtime;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import io.hookwire.api.plugin.PluginHeaders;

/** Counts the plugins (bundles with a {@code Plugin-Id} header) that are active. */
public final class ActivePlugins {
    private ActivePlugins() {}

    public static int count(BundleContext context) {
        int active = 0;
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getState() == Bundle.ACTIVE && bundle.getHeaders("").get(PluginHeaders.ID) != null) {
                active++;
            }
        }
        return active;
    }
}
