package io.hookwire.api.jobs;

/**
 * The service properties of a {@link Job} whiteboard service. A malformed service is logged
 * ("Ignoring job service N: reason") and not scheduled; the others run on.
 */
public final class JobConstants {
    private JobConstants() {}

    /**
     * {@code hookwire.job.name}, String, required: the job's name, unique in its plugin; letters, digits, '.', '_'
     * and '-'.
     */
    public static final String JOB_NAME = "hookwire.job.name";

    /**
     * {@code hookwire.job.cron}, String: a Quartz-style cron expression with seconds, for example
     * {@code 0 0 3 * * ?} (every day at 03:00, in the server's time zone). Exactly one of this and
     * {@link #JOB_INTERVAL} is required; an expression that does not parse is refused.
     */
    public static final String JOB_CRON = "hookwire.job.cron";

    /**
     * {@code hookwire.job.interval}, String: a fixed delay between the end of one run and the start of the next, as
     * an ISO-8601 duration ({@code PT10M}), at least one second.
     */
    public static final String JOB_INTERVAL = "hookwire.job.interval";
}
