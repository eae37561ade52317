/**
 * The scheduler: plugins' jobs on cron expressions (cron-utils, Quartz style) or fixed delays, run on the host's own
 * small pool, never overlapping themselves, stopped with their bundle, and each failure attributed to its plugin
 * (logged, posted to EventAdmin and fed to the circuit breaker). {@link io.hookwire.host.jobs.JobEngine} is the plain
 * engine; {@link io.hookwire.host.jobs.JobsComponent} puts it in the framework (the whiteboard of
 * {@link io.hookwire.api.jobs.Job} services) and {@link io.hookwire.host.jobs.BundleScheduler} is the bundle-scoped
 * {@link io.hookwire.api.jobs.Scheduler}.
 */
package io.hookwire.host.jobs;
