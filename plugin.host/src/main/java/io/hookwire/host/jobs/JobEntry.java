package io.hookwire.host.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;

import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobContext;
import io.hookwire.api.jobs.JobInfo;
import io.hookwire.api.jobs.ScheduledJob;
import io.hookwire.host.tenants.CurrentTenant;

/**
 * One scheduled job and its state: armed (a timer waits for the next due time), running, or closed.
 *
 * <p>A cron job's timer keeps ticking while a run goes on, and a due time that finds the job still running is
 * skipped and counted. An interval job is armed again only when its run ends, so it cannot overlap. Closing cancels
 * the timer and interrupts the run under way; a run that ends because of that is not a failure.
 *
 * <p>Thread-safe: the state is guarded by this object's lock, which is never held while the job runs or while the
 * failure is reported.
 */
final class JobEntry implements ScheduledJob {
    private final String plugin;
    private final String name;
    private final Schedule schedule;
    private final Job job;
    private final JobEngine engine;
    private final Runnable onClose;

    private JobTimer.Pending pending;
    private Instant nextRun;
    private boolean running;
    private Thread runner;
    private boolean closed;
    private long runs;
    private long failures;
    private long skipped;
    private String lastError;
    private Instant lastEnded;

    JobEntry(String plugin, String name, Schedule schedule, Job job, JobEngine engine, Runnable onClose) {
        this.plugin = plugin;
        this.name = name;
        this.schedule = schedule;
        this.job = job;
        this.engine = engine;
        this.onClose = onClose;
    }

    synchronized void start() {
        arm(schedule.first(now()));
    }

    private Instant now() {
        return engine.clock().instant();
    }

    /** Waits for {@code due}; {@code null} means never (a cron expression with no future match). */
    private void arm(Instant due) {
        nextRun = due;
        if (due == null || closed) {
            pending = null;
            return;
        }
        pending = engine.timer().schedule(() -> due(due), Duration.between(now(), due));
    }

    /** The timer found {@code due} reached. */
    private void due(Instant due) {
        synchronized (this) {
            if (closed || !due.equals(nextRun)) {
                return; // closed, or a stale timer
            }
            if (schedule instanceof Schedule.Cron cron) {
                Instant now = now();
                arm(cron.after(now.isAfter(due) ? now : due)); // never a burst of missed times
            } else {
                nextRun = null;
                pending = null;
            }
            if (running) {
                skipped++;
                return;
            }
            running = true;
        }
        try {
            engine.workers().execute(() -> run(due));
        } catch (RejectedExecutionException e) {
            synchronized (this) {
                running = false; // the pool is shutting down
            }
        }
    }

    private void run(Instant due) {
        JobContext context;
        synchronized (this) {
            if (closed) {
                running = false;
                return;
            }
            runner = Thread.currentThread();
            context = new JobContext(plugin, name, due, lastEnded);
        }
        Throwable failure = call(context);
        boolean report;
        synchronized (this) {
            runner = null;
            running = false;
            lastEnded = now();
            runs++;
            report = failure != null && !closed;
            if (report) {
                failures++;
                lastError = failure.getClass().getSimpleName() + ": " + failure.getMessage();
            }
            if (schedule instanceof Schedule.Every every && !closed) {
                arm(lastEnded.plus(every.delay()));
            }
        }
        Thread.interrupted(); // an interrupt meant for this run must not reach the pool thread's next task
        if (report) {
            engine.report(plugin, name, failure);
        }
        if (failure instanceof VirtualMachineError fatal) {
            throw fatal;
        }
    }

    /** Runs the job with no tenant and the job's own class loader as the context class loader. */
    private Throwable call(JobContext context) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        Throwable[] failure = new Throwable[1];
        try {
            thread.setContextClassLoader(job.getClass().getClassLoader());
            CurrentTenant.runAs(null, () -> {
                try {
                    job.run(context);
                } catch (Throwable t) {
                    failure[0] = t;
                }
            });
        } finally {
            thread.setContextClassLoader(before);
        }
        return failure[0];
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized Optional<Instant> nextRun() {
        return Optional.ofNullable(closed ? null : nextRun);
    }

    synchronized JobInfo info() {
        return new JobInfo(plugin, name, schedule.text(), closed ? null : nextRun, runs, failures, skipped, running,
                lastError);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            nextRun = null;
            if (pending != null) {
                pending.cancel();
                pending = null;
            }
            if (runner != null) {
                runner.interrupt();
            }
        }
        onClose.run();
    }
}
