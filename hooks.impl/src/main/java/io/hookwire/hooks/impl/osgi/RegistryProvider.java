package io.hookwire.hooks.impl.osgi;

import io.hookwire.hooks.impl.HookRegistry;

/**
 * How the bundle-scoped {@link BundleHooks} reaches the one registry. A service of this bundle's private package:
 * no other bundle can see its type.
 */
public interface RegistryProvider {
    HookRegistry registry();
}
