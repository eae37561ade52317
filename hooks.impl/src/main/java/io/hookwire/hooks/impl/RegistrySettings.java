package io.hookwire.hooks.impl;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The registry's tunables.
 *
 * @param defaultBudgetMillis the time budget of each callback; 0 turns budgets off
 * @param hookBudgetMillis budgets for particular hooks, overriding the default (0 turns them off for that hook)
 * @param sampleEvery once a hook has been dispatched {@code exactCalls} times on a thread, time one dispatch of it in
 *     this many (a power of two; 1 times every dispatch); a timed dispatch times each of its callbacks
 * @param exactCalls how many dispatches of each hook, per thread, are always timed
 * @param watchdogTickMillis how often the watchdog looks for callbacks over their budget
 */
public record RegistrySettings(long defaultBudgetMillis, Map<String, Long> hookBudgetMillis, int sampleEvery,
        int exactCalls, long watchdogTickMillis) {

    /** The seed's host budget. */
    public static final long DEFAULT_BUDGET_MILLIS = 2000;
    public static final int DEFAULT_SAMPLE_EVERY = 16;
    public static final int DEFAULT_EXACT_CALLS = 256;
    public static final long DEFAULT_WATCHDOG_TICK_MILLIS = 2;

    /** The defaults: 2000 ms budgets, a watchdog tick of 2 ms, one call in 16 timed after the first 256. */
    public static final RegistrySettings DEFAULTS = new RegistrySettings(DEFAULT_BUDGET_MILLIS, Map.of(),
            DEFAULT_SAMPLE_EVERY, DEFAULT_EXACT_CALLS, DEFAULT_WATCHDOG_TICK_MILLIS);

    public RegistrySettings {
        if (defaultBudgetMillis < 0) {
            throw new IllegalArgumentException("the default budget must be 0 (off) or more milliseconds, not "
                    + defaultBudgetMillis);
        }
        hookBudgetMillis = Map.copyOf(hookBudgetMillis);
        hookBudgetMillis.forEach((hook, ms) -> {
            if (ms < 0) {
                throw new IllegalArgumentException("the budget of '" + hook + "' must be 0 (off) or more, not " + ms);
            }
        });
        if (sampleEvery < 1 || Integer.bitCount(sampleEvery) != 1) {
            throw new IllegalArgumentException("sampleEvery must be a power of two (1, 2, 4, ...), not " + sampleEvery);
        }
        if (exactCalls < 0) {
            throw new IllegalArgumentException("exactCalls must be 0 or more, not " + exactCalls);
        }
        if (watchdogTickMillis < 1) {
            throw new IllegalArgumentException("the watchdog tick must be at least 1 ms, not " + watchdogTickMillis);
        }
    }

    /** The budget of a hook in nanoseconds; 0 means none. */
    long budgetNanos(String hook) {
        return TimeUnit.MILLISECONDS.toNanos(hookBudgetMillis.getOrDefault(hook, defaultBudgetMillis));
    }

    /** Whether any hook has a budget, which is when the watchdog has work. */
    boolean anyBudget() {
        return defaultBudgetMillis > 0 || hookBudgetMillis.values().stream().anyMatch(ms -> ms > 0);
    }

    /** The same settings with another default budget. */
    public RegistrySettings withDefaultBudgetMillis(long millis) {
        return new RegistrySettings(millis, hookBudgetMillis, sampleEvery, exactCalls, watchdogTickMillis);
    }

    /** The same settings with another sampling rate. */
    public RegistrySettings withSampleEvery(int every) {
        return new RegistrySettings(defaultBudgetMillis, hookBudgetMillis, every, exactCalls, watchdogTickMillis);
    }

    /** The same settings with per-hook budgets. */
    public RegistrySettings withHookBudgets(Map<String, Long> budgets) {
        return new RegistrySettings(defaultBudgetMillis, budgets, sampleEvery, exactCalls, watchdogTickMillis);
    }
}
