package io.hookwire.api.jobs;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A job. As a whiteboard service it needs {@link JobName} and one of {@link JobCron} or {@link JobInterval};
 * through {@link Scheduler} it needs nothing else. An exception it throws is a failure of its plugin.
 */
@ConsumerType
@FunctionalInterface
public interface Job {
    /** Runs once. An interrupt means the plugin is stopping: return soon. */
    void run(JobContext context) throws Exception;
}
