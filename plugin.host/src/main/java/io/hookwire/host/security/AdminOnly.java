package io.hookwire.host.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Marks a JAX-RS resource of the host as the administrator's: the JAX-RS whiteboard serves it only together with
 * the {@link AdminAuthFilter} (and the JSON provider, as {@code @JSONRequired} would). Until the filter is there
 * (it waits for the administrator's credentials, which wait for the database), the resource is not served at all,
 * rather than served without a password.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface AdminOnly {
    String PREFIX_ = "osgi.jaxrs.";

    /** {@code osgi.jaxrs.extension.select}: the JSON provider and the administrator's filter. */
    String[] extension_select() default {"(osgi.jaxrs.media.type=application/json)",
            "(" + AdminAuthFilter.PROPERTY + "=" + AdminAuthFilter.VALUE + ")"};
}
