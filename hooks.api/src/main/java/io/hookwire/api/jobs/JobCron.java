package io.hookwire.api.jobs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Component property type of a {@link Job}: When the job runs, as a Quartz-style cron expression with seconds: {@value JobConstants#JOB_CRON}. */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface JobCron {
    String PREFIX_ = "hookwire.";

    /** For example {@code 0 0 3 * * ?}. */
    String value();
}
