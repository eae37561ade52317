package io.hookwire.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for {@value HookConstants#HOOK_NAME}: the hook an {@link ActionHandler} or
 * {@link FilterHandler} component handles. Required.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HookName {
    /** The hook name, for example {@code auth:registered}. */
    String value();
}
