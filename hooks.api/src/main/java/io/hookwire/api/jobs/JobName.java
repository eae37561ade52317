package io.hookwire.api.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component property type of a {@link Job}: The job's name, unique in its plugin: {@value JobConstants#JOB_NAME}. */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JobName {
    String PREFIX_ = "hookwire.";

    /** For example {@code purge-trash}. */
    String value();
}
