package io.hookwire.host.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Time and threads driven by the test: a clock that moves only when told, a timer whose tasks run when the clock
 * reaches them, and an executor whose tasks wait until the test runs them. Single-threaded.
 */
final class ManualTime extends Clock implements JobTimer, Executor {
    private final class Task implements JobTimer.Pending {
        final Instant due;
        final Runnable work;
        boolean cancelled;

        Task(Instant due, Runnable work) {
            this.due = due;
            this.work = work;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }
    }

    private Instant now;
    private final List<Task> timers = new ArrayList<>();
    private final Deque<Runnable> queued = new ArrayDeque<>();

    ManualTime(Instant start) {
        this.now = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public Pending schedule(Runnable task, Duration delay) {
        Task t = new Task(now.plus(delay.isNegative() ? Duration.ZERO : delay), task);
        timers.add(t);
        return t;
    }

    @Override
    public void execute(Runnable command) {
        queued.add(command);
    }

    /** Moves the clock and runs every timer task that is due by then, in order, each at its due time. */
    void advance(Duration by) {
        fire(now.plus(by));
    }

    /** Moves the clock at once (a machine that slept), then runs the timer tasks that are due. */
    void jump(Duration by) {
        now = now.plus(by);
        fire(now);
    }

    private void fire(Instant target) {
        while (true) {
            Task next = timers.stream().filter(t -> !t.cancelled && !t.due.isAfter(target))
                    .min(Comparator.comparing(t -> t.due)).orElse(null);
            if (next == null) {
                break;
            }
            timers.remove(next);
            if (next.due.isAfter(now)) {
                now = next.due;
            }
            next.work.run();
        }
        now = target;
    }

    /** The timer tasks that wait (not cancelled). */
    long waiting() {
        return timers.stream().filter(t -> !t.cancelled).count();
    }

    /** Runs the queued runs, in order, on this thread; returns how many ran. */
    int runQueued() {
        int n = 0;
        for (Runnable r; (r = queued.poll()) != null; n++) {
            r.run();
        }
        return n;
    }

    int queued() {
        return queued.size();
    }
}
