package io.hookwire.hooks.impl.osgi;

import java.util.LinkedHashMap;
import java.util.Map;

import io.hookwire.hooks.HookNames;
import io.hookwire.hooks.impl.RegistryLog;
import io.hookwire.hooks.impl.RegistrySettings;

/** Turns the ConfigAdmin configuration into {@link RegistrySettings}, logging and skipping malformed entries. */
final class Settings {
    private Settings() {}

    /**
     * @throws IllegalArgumentException when a value is out of range, with the reason
     */
    static RegistrySettings from(RegistryConfiguration config, RegistryLog log) {
        Map<String, Long> budgets = new LinkedHashMap<>();
        for (String entry : config.hook_budgets()) {
            int eq = entry.lastIndexOf('=');
            String hook = eq < 0 ? entry.trim() : entry.substring(0, eq).trim();
            Long millis = eq < 0 ? null : parse(entry.substring(eq + 1).trim());
            if (!HookNames.isValid(hook) || millis == null || millis < 0) {
                log.warn("Ignoring hook budget '" + entry + "': it must look like 'hook:name=milliseconds', for"
                        + " example 'db:query=200'", null);
            } else {
                budgets.put(hook, millis);
            }
        }
        int sample = Math.max(1, config.telemetry_sample_every());
        int rounded = Integer.bitCount(sample) == 1 ? sample : Integer.highestOneBit(sample) << 1;
        if (rounded != sample) {
            log.info("Timing one call in " + rounded + " (rounded up from " + sample + " to a power of two)");
        }
        return new RegistrySettings(config.default_budget_ms(), budgets, rounded, config.telemetry_exact_calls(),
                config.watchdog_tick_ms());
    }

    private static Long parse(String millis) {
        try {
            return Long.parseLong(millis);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
