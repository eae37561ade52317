package io.hookwire.host.clientplugins;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The web shell's settings, in ConfigAdmin under {@value #PID}; the Web Console shows them as a form. The list of
 * client plugins ({@code GET /api/v1/client-plugins}) hands them to the shell.
 */
@ObjectClassDefinition(id = ShellConfiguration.PID, name = "Hookwire web shell",
        description = "How the web shell runs the plugins' browser modules.")
public @interface ShellConfiguration {
    String PID = "io.hookwire.host.shell";
    int DEFAULT_BUDGET_MS = 1000;
    int MIN_BUDGET_MS = 50;
    int MAX_BUDGET_MS = 30_000;

    @AttributeDefinition(name = "Budget per callback (ms)", min = "" + MIN_BUDGET_MS, max = "" + MAX_BUDGET_MS,
            description = "How long one client callback (a module's boot, a filter, an action, an interceptor) may"
                    + " run before the shell counts it as timed out and goes on without it; a plugin that never"
                    + " finishes booting holds the page at most this long. From " + MIN_BUDGET_MS + " to "
                    + MAX_BUDGET_MS + "; a value outside is logged and the default (" + DEFAULT_BUDGET_MS
                    + ") is used.")
    int budgetMs() default DEFAULT_BUDGET_MS;
}
