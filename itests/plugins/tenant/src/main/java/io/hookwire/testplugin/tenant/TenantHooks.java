package io.hookwire.testplugin.tenant;

import io.hookwire.hooks.FilterHook;

/** The hook the Tenant test plugin owns. */
public final class TenantHooks {
    private TenantHooks() {}

    /** A label, filtered by {@code GET /api/v1/test-tenant/label}; the plugin's own handler appends a mark. */
    public static final FilterHook<String, Void> LABEL = FilterHook.of("test-tenant:label", String.class, Void.class);
}
