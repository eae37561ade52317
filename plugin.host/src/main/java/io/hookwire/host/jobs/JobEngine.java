package io.hookwire.host.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobInfo;
import io.hookwire.api.jobs.ScheduledJob;

/**
 * The scheduler without the framework: the jobs of every plugin, keyed by plugin and name. Time comes from a
 * {@link Clock} and a {@link JobTimer}, runs go to an {@link Executor}: the component gives real threads, tests give
 * hand-driven ones.
 *
 * <p>Thread-safe: the table is a concurrent map, and each job guards its own state ({@link JobEntry}).
 */
final class JobEngine {
    /** What the engine does with a failed run: log it, post it, feed the breaker. It must not throw. */
    @FunctionalInterface
    interface Failures {
        void failed(String plugin, String job, Throwable error);
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");
    private static final Comparator<JobInfo> ORDER = Comparator.comparing(JobInfo::plugin)
            .thenComparing(JobInfo::name);

    private final Clock clock;
    private final JobTimer timer;
    private final Executor workers;
    private final Failures failures;
    private final Map<String, JobEntry> jobs = new ConcurrentHashMap<>();

    JobEngine(Clock clock, JobTimer timer, Executor workers, Failures failures) {
        this.clock = clock;
        this.timer = timer;
        this.workers = workers;
        this.failures = failures;
    }

    /**
     * Schedules a job of a plugin.
     *
     * @throws IllegalArgumentException when the name is malformed or the plugin has a job of that name
     */
    ScheduledJob schedule(String plugin, String name, Schedule schedule, Job job) {
        checkName(name);
        String key = plugin + "\u0000" + name;
        JobEntry entry = new JobEntry(plugin, name, schedule, job, this, () -> jobs.remove(key));
        if (jobs.putIfAbsent(key, entry) != null) {
            throw new IllegalArgumentException("plugin '" + plugin + "' already has a job named '" + name + "'");
        }
        entry.start();
        return entry;
    }

    /** Refuses a name that is not letters, digits, '.', '_' and '-' (1 to 100 of them). */
    static void checkName(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a job name is 1 to 100 letters, digits, '.', '_' and '-', for"
                    + " example 'purge-trash'; not '" + name + "'");
        }
    }

    /** Every job, by plugin and name. */
    List<JobInfo> jobs() {
        List<JobInfo> all = new ArrayList<>();
        jobs.values().forEach(entry -> all.add(entry.info()));
        all.sort(ORDER);
        return all;
    }

    /** The jobs of one plugin, by name. */
    List<JobInfo> jobs(String plugin) {
        return jobs().stream().filter(info -> info.plugin().equals(plugin)).toList();
    }

    /** Stops every job (the engine is going away). */
    void close() {
        for (JobEntry entry : List.copyOf(jobs.values())) {
            entry.close();
        }
    }

    Clock clock() {
        return clock;
    }

    JobTimer timer() {
        return timer;
    }

    Executor workers() {
        return workers;
    }

    /** Reports a failure; a reporter that throws is contained, so that the job goes on being scheduled. */
    void report(String plugin, String job, Throwable error) {
        try {
            failures.failed(plugin, job, error);
        } catch (RuntimeException | LinkageError e) {
            // the reporter is the engine's way to say things; JUL reaches the same log through Pax Logging
            e.addSuppressed(error);
            System.getLogger(JobEngine.class.getName()).log(System.Logger.Level.ERROR, "Reporting the failure of job '"
                    + job + "' of plugin '" + plugin + "' failed", e);
        }
    }
}
