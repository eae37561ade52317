package io.hookwire.testplugin.capabilities;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** Typed settings, for the settings tests: {@value #PID}. */
@ObjectClassDefinition(id = CapabilitiesSettings.PID, name = "Test capabilities",
        description = "Typed settings of the Capabilities test plugin.")
public @interface CapabilitiesSettings {
    String PID = "io.hookwire.testplugin.capabilities";

    @AttributeDefinition(name = "Greeting", description = "Any text.")
    String greeting() default "hello";

    @AttributeDefinition(name = "Max items", min = "1", max = "100", description = "From 1 to 100.")
    int max_items() default 10;

    @AttributeDefinition(name = "Verbose")
    boolean verbose() default false;

    @AttributeDefinition(name = "Mode", options = {@Option(label = "Fast", value = "fast"),
        @Option(label = "Safe", value = "safe")})
    String mode() default "safe";

    @AttributeDefinition(name = "Tags", cardinality = 3, description = "At most three.")
    String[] tags() default {"a"};

    @AttributeDefinition(name = "Secret", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD,
            required = false)
    String secret() default "";
}
