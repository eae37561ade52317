package io.hookwire.host.plugins;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How plugins are managed, in ConfigAdmin under {@value #PID}; the Web Console shows it as a form. */
@ObjectClassDefinition(id = PluginsConfiguration.PID, name = "Hookwire plugins",
        description = "What happens to new plugins, and when a failing plugin is quarantined.")
public @interface PluginsConfiguration {
    String PID = "io.hookwire.host.plugins";

    @AttributeDefinition(name = "Enable new plugins",
            description = "Whether a plugin that appears for the first time is enabled at once (as Karaf's deploy"
                    + " folder does), or waits for an operator.")
    boolean enable_new_plugins() default true;

    @AttributeDefinition(name = "Quarantine after (failures)", min = "1",
            description = "How many failures (hook exceptions and timeouts, activation and job failures) within the"
                    + " window quarantine a plugin.")
    int quarantine_failures() default 5;

    @AttributeDefinition(name = "Within (seconds)", min = "1",
            description = "The window in which the failures are counted.")
    int quarantine_window_seconds() default 60;

    @AttributeDefinition(name = "Probe after a cool-down",
            description = "Off by default, as the seed says: a quarantined plugin stays quarantined until an operator"
                    + " resets it. On: after the cool-down it is re-admitted on probation, and its first failure"
                    + " quarantines it again.")
    boolean probe_enabled() default false;

    @AttributeDefinition(name = "Cool-down (seconds)", min = "1",
            description = "How long a quarantined plugin waits before the probe re-admits it.")
    int probe_cooldown_seconds() default 600;
}
