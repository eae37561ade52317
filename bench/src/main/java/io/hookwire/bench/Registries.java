package io.hookwire.bench;

import io.hookwire.hooks.impl.HookRegistry;
import io.hookwire.hooks.impl.RegistryLog;
import io.hookwire.hooks.impl.RegistrySettings;
import io.hookwire.hooks.impl.TimeSource;

/** Builds the registry under test the way the runtime does, with the default telemetry settings. */
final class Registries {
    private static final String WATCHDOG_THREAD = "hookwire-hook-watchdog";

    private Registries() {}

    /**
     * A started registry.
     *
     * @param budgets "on" for the defaults (2000 ms budgets, so the watchdog runs), "off" for budgets of 0
     * @param sampleEvery "default" for the registry's telemetry sampling; a power of two only to diagnose its cost
     */
    static HookRegistry start(String budgets, String sampleEvery) {
        RegistrySettings settings = switch (budgets) {
            case "on" -> RegistrySettings.DEFAULTS;
            case "off" -> RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0);
            default -> throw new IllegalArgumentException("budgets must be 'on' or 'off', not '" + budgets + "'");
        };
        if (!sampleEvery.equals("default")) {
            settings = settings.withSampleEvery(Integer.parseInt(sampleEvery));
        }
        HookRegistry registry = new HookRegistry(TimeSource.SYSTEM, RegistryLog.NONE, settings);
        registry.start();
        boolean watchdog = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(WATCHDOG_THREAD) && t.isAlive());
        if (watchdog != budgets.equals("on")) {
            registry.close();
            throw new IllegalStateException("with budgets " + budgets + " the watchdog thread should "
                    + (watchdog ? "not " : "") + "be running, and it is" + (watchdog ? "" : " not"));
        }
        return registry;
    }

    /** The plugin that registers handler {@code i}: one plugin per handler, as in a runtime with many plugins. */
    static String plugin(int i) {
        return "plugin-" + i;
    }
}
