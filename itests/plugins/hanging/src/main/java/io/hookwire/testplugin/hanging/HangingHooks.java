package io.hookwire.testplugin.hanging;

import io.hookwire.hooks.ActionHook;

/** The hook the Hanging test plugin owns. */
public final class HangingHooks {
    private HangingHooks() {}

    /** Fired by {@code GET /api/v1/test-hanging/poke}; the plugin's own handler of it blocks for a minute. */
    public static final ActionHook<Void> POKE = ActionHook.of("test-hanging:poke", Void.class);
}
