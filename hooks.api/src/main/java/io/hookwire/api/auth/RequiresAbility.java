package io.hookwire.api.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a JAX-RS resource class or method: the caller must hold this ability. The host checks it before the method
 * runs: nobody signed in gets a 401, a caller without the ability a 403, both with a JSON error that names the
 * ability. On a class it guards every method; a method's own annotation replaces the class's.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresAbility {
    /** The ability, for example {@code notes:write}. */
    String value();
}
