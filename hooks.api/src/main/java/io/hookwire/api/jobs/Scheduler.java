package io.hookwire.api.jobs;

import java.time.Duration;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Schedules jobs of the bundle that got this (bundle-scoped) service. When the bundle stops, or ungets the service,
 * its jobs stop. Thread-safe.
 */
@ProviderType
public interface Scheduler {
    /**
     * Runs {@code job} on a cron expression (Quartz style, with seconds, for example {@code 0 0/5 * * * ?}).
     *
     * @throws IllegalArgumentException when the expression does not parse (the message says why) or the name is
     *     malformed or already used by this plugin
     */
    ScheduledJob cron(String name, String expression, Job job);

    /**
     * Runs {@code job} again {@code delay} after each run ends, the first time {@code delay} from now.
     *
     * @throws IllegalArgumentException when the delay is under a second, or the name is malformed or already used
     */
    ScheduledJob every(String name, Duration delay, Job job);

    /** The jobs of this plugin. */
    List<JobInfo> jobs();
}
