package io.hookwire.api.jobs;

import java.time.Instant;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** A job that {@link Scheduler} runs; close it to stop it (a run under way is interrupted). */
@ProviderType
public interface ScheduledJob extends AutoCloseable {
    /** The job's name. */
    String name();

    /** When it runs next, or empty when it is stopped. */
    Optional<Instant> nextRun();

    /** Stops the job. Closing twice does nothing. */
    @Override
    void close();
}
