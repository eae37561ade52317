/**
 * The seed's {@code scheduler}: jobs of a plugin, run on a cron expression or at a fixed interval. Publish a
 * {@link io.hookwire.api.jobs.Job} component with {@link io.hookwire.api.jobs.JobName} and
 * {@link io.hookwire.api.jobs.JobCron} or {@link io.hookwire.api.jobs.JobInterval} (the whiteboard), or schedule
 * one through the bundle-scoped {@link io.hookwire.api.jobs.Scheduler} service. A job belongs to the plugin whose
 * bundle registered it: its failures are attributed to that plugin and feed its circuit breaker, and its jobs stop
 * when its bundle stops. A job never overlaps itself: a run that is due while the last one still runs is skipped.
 */
@Export
@Version("1.0.0")
package io.hookwire.api.jobs;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
