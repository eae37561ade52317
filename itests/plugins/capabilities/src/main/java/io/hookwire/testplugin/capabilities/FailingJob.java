package io.hookwire.testplugin.capabilities;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;

import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobContext;
import io.hookwire.api.jobs.JobCron;
import io.hookwire.api.jobs.JobName;

/**
 * A cron job, every second, that always throws: it exists only while the configuration {@value #PID} does, so that
 * a test turns the failures on when it wants the plugin quarantined.
 */
@Component(configurationPid = FailingJob.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@JobName("always-fails")
@JobCron("* * * * * ?")
public final class FailingJob implements Job {
    static final String PID = "io.hookwire.testplugin.capabilities.failing";
    /** The message of every failure, for tests to recognise. */
    static final String MESSAGE = "job failing on purpose";

    @Override
    public void run(JobContext context) {
        throw new IllegalStateException(MESSAGE);
    }
}
