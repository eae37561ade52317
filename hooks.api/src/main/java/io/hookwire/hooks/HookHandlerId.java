package io.hookwire.hooks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type for {@value HookConstants#HOOK_HANDLER_ID}: a stable name for one handler, so that an
 * operator can refer to it across restarts and updates. Optional; without it the handler is named after its
 * component ({@code component.name}).
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface HookHandlerId {
    /** The handler id, unique within its plugin, for example {@code welcome-mail}. */
    String value();
}
