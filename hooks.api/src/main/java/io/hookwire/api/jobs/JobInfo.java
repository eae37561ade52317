package io.hookwire.api.jobs;

import java.time.Instant;

/**
 * What the scheduler knows of one job.
 *
 * @param plugin the plugin it belongs to
 * @param name its name
 * @param schedule its cron expression or interval, as given
 * @param nextRun when it runs next, or {@code null}
 * @param runs how many runs ended
 * @param failures how many of them failed
 * @param skipped how many runs were skipped because the one before was still running
 * @param running whether it runs now
 * @param lastError the last failure's message, or {@code null}
 */
public record JobInfo(String plugin, String name, String schedule, Instant nextRun, long runs, long failures,
        long skipped, boolean running, String lastError) {}
