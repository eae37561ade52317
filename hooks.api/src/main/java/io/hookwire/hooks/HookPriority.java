package io.hookwire.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for {@value HookConstants#HOOK_PRIORITY}: where a handler runs among the handlers of its
 * hook. Lower runs first; handlers of equal priority run in registration order. Optional, default
 * {@value HookConstants#DEFAULT_PRIORITY}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HookPriority {
    /** The priority; lower runs first. */
    int value() default HookConstants.DEFAULT_PRIORITY;
}
