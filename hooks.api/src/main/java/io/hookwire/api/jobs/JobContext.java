package io.hookwire.api.jobs;

import java.time.Instant;

/**
 * One run of a job.
 *
 * @param plugin the plugin the job belongs to
 * @param name the job's name
 * @param scheduledAt when this run was due
 * @param previousRunEnded when the run before this one ended, or {@code null} for the first
 */
public record JobContext(String plugin, String name, Instant scheduledAt, Instant previousRunEnded) {}
