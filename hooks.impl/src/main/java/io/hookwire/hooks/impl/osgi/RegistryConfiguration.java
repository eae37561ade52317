package io.hookwire.hooks.impl.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The registry's settings, in ConfigAdmin under {@value #PID}; the Web Console shows them as a form. */
@ObjectClassDefinition(id = RegistryConfiguration.PID, name = "Hookwire hook registry",
        description = "Time budgets of hook handlers and how telemetry samples latency.")
public @interface RegistryConfiguration {
    String PID = "io.hookwire.hooks.registry";

    @AttributeDefinition(name = "Default budget (ms)", min = "0",
            description = "How long each handler call may run. A call that blocks past it is interrupted, one that"
                    + " overruns it is reported as a timeout and its handler runs isolated from then on. 0 turns"
                    + " budgets off.")
    long default_budget_ms() default 2000;

    @AttributeDefinition(name = "Budgets per hook",
            description = "Entries 'hook:name=milliseconds' that override the default for one hook, for example"
                    + " 'db:query=200'. 0 turns the budget off for that hook. A malformed entry is logged and"
                    + " ignored.")
    String[] hook_budgets() default {};

    @AttributeDefinition(name = "Timed sample", min = "1",
            description = "Once a hook has been dispatched 'Always timed' times on a thread, time one dispatch in"
                    + " this many (rounded up to a power of two); a timed dispatch times each of its handler calls."
                    + " 1 times every call.")
    int telemetry_sample_every() default 16;

    @AttributeDefinition(name = "Always timed", min = "0",
            description = "How many dispatches of each hook, per thread, are always timed.")
    int telemetry_exact_calls() default 256;

    @AttributeDefinition(name = "Watchdog tick (ms)", min = "1",
            description = "How often the watchdog looks for calls over their budget. An overrun is caught within"
                    + " one tick of the budget.")
    long watchdog_tick_ms() default 2;
}
