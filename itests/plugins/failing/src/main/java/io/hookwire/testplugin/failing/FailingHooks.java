package io.hookwire.testplugin.failing;

import io.hookwire.hooks.ActionHook;

/** The hook the Failing test plugin owns. */
public final class FailingHooks {
    private FailingHooks() {}

    /** Fired by {@code GET /api/v1/test-failing/poke}; the plugin's own handler of it always throws. */
    public static final ActionHook<Void> POKE = ActionHook.of("test-failing:poke", Void.class);
}
