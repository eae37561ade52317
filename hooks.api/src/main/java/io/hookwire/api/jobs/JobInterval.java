package io.hookwire.api.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component property type of a {@link Job}: The delay between two runs, as an ISO-8601 duration: {@value JobConstants#JOB_INTERVAL}. */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JobInterval {
    String PREFIX_ = "hookwire.";

    /** For example {@code PT10M}. */
    String value();
}
