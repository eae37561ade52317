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
     * @param budgets "on" for the defaults (2000 ms budgets, so the watchdog scans), "off" for budgets of 0
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
        // the watchdog thread runs either way: it looks for overruns when budgets are on, and drains the
        // telemetry samples always, as in the runtime
        boolean watchdog = Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals(WATCHDOG_THREAD) && t.isAlive());
        if (!watchdog || (settings.defaultBudgetMillis() > 0) != budgets.equals("on")) {
            registry.close();
            throw new IllegalStateException("the registry did not start as configured (budgets " + budgets
                    + ", watchdog thread running: " + watchdog + ")");
        }
        return registry;
    }

    /** The plugin that registers handler {@code i}: one plugin per handler, as in a runtime with many plugins. */
    static String plugin(int i) {
        return "plugin-" + i;
    }
}
