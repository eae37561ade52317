package io.hookwire.host.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The administrator's credentials in ConfigAdmin, under {@value #PID}. The property {@code hookwire.admin.password}
 * (or the environment variable {@code HOOKWIRE_ADMIN_PASSWORD}) takes precedence; with neither, the first start
 * generates a password.
 */
@ObjectClassDefinition(id = AdminConfiguration.PID, name = "Hookwire administrator",
        description = "Who may use the admin REST API and the Web Console.")
public @interface AdminConfiguration {
    String PID = "io.hookwire.host.admin";

    @AttributeDefinition(name = "User name", description = "The administrator's user name.")
    String username() default "admin";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, required = false,
            description = "The administrator's password. Empty: the one set by property or environment, else the"
                    + " generated one.")
    String password() default "";
}
