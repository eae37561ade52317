package io.hookwire.host.jobs;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The scheduler's settings, ConfigAdmin PID {@value #PID}. */
@ObjectClassDefinition(id = JobsConfiguration.PID, name = "Hookwire jobs",
        description = "The threads that run the plugins' jobs.")
public @interface JobsConfiguration {
    String PID = "io.hookwire.host.jobs";
    int MAX_THREADS = 64;

    @AttributeDefinition(name = "Threads", min = "1", max = "64", description = "How many jobs may run at once"
            + " (threads hookwire-jobs-N). A job never overlaps itself; a due job waits while every thread is busy.")
    int threads() default 4;
}
