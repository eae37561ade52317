package io.hookwire.hooks.impl;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hookwire.hooks.RunningHook;

/**
 * Runs the calls of handlers that have overrun their budget once. Each call runs on a separate (platform, daemon)
 * thread, and the dispatcher waits for it at most the budget; a late result is discarded. Platform rather than
 * virtual threads, because a handler that spins would pin one of the few carrier threads of the virtual-thread
 * scheduler and starve every other virtual thread. At most one call per handler is in flight: while it runs,
 * further calls are skipped and reported as timeouts, so a stuck handler never piles up threads.
 */
final class Isolation {
    /** Returned by a call that did not produce a value: a filter passes its input on. */
    static final Object NO_RESULT = new Object();

    private final DispatchContexts contexts;
    private final FailureReporter reporter;
    private final TimeSource time;
    private final ExecutorService threads;
    private final Telemetry telemetry;

    Isolation(DispatchContexts contexts, FailureReporter reporter, TimeSource time, ExecutorService threads,
            Telemetry telemetry) {
        this.contexts = contexts;
        this.reporter = reporter;
        this.time = time;
        this.threads = threads;
        this.telemetry = telemetry;
    }

    /** Runs a call of an isolated handler on a worker and waits at most its budget; its latency is recorded. */
    Object call(DispatchContext context, Frame frame, Entry entry, Callable<Object> call, long budget) {
        frame.running(null);
        if (!entry.isolatedCallRunning.compareAndSet(false, true)) {
            reporter.report(entry, new TimeoutException(entry.describe() + " was skipped: its previous call is still"
                    + " running past its budget of " + TimeUnit.NANOSECONDS.toMillis(budget) + " ms"), -1, true);
            return NO_RESULT;
        }
        List<RunningHook> outer = context.running();
        AtomicBoolean started = new AtomicBoolean();
        FutureTask<Object> task = new FutureTask<>(() -> {
            started.set(true);
            try {
                return callAsIfNested(outer, call);
            } finally {
                // Before the call counts as done: a dispatcher that saw it done must find the handler free.
                entry.isolatedCallRunning.set(false);
            }
        });
        long begin = time.nanoTime();
        try {
            threads.execute(() -> {
                task.run();
                if (!started.get()) { // cancelled before it could start
                    entry.isolatedCallRunning.set(false);
                }
            });
        } catch (RuntimeException rejected) { // the registry is closing
            entry.isolatedCallRunning.set(false);
            reporter.report(entry, rejected, -1, false);
            return NO_RESULT;
        }
        boolean done;
        try {
            done = time.awaitDone(task, begin + budget);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            reporter.report(entry, e, time.nanoTime() - begin, false);
            return NO_RESULT;
        }
        long elapsed = time.nanoTime() - begin;
        telemetry.record(entry.statsIndex, elapsed); // every isolated call is timed: it is the slow path anyway
        if (!done) {
            task.cancel(true);
            reporter.report(entry, new TimeoutException(entry.describe() + " (isolated) ran past its budget of "
                    + TimeUnit.NANOSECONDS.toMillis(budget) + " ms; it was interrupted and its result discarded"),
                    elapsed, true);
            return NO_RESULT;
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            Throwables.rethrowIfFatal(e.getCause());
            reporter.report(entry, e.getCause(), elapsed, false);
            return NO_RESULT;
        } catch (InterruptedException e) { // cannot happen: the task is done
            Thread.currentThread().interrupt();
            return NO_RESULT;
        }
    }

    /** Runs {@code call} on this worker thread with the dispatcher's hooks shown as running. */
    private Object callAsIfNested(List<RunningHook> outer, Callable<Object> call) throws Exception {
        DispatchContext worker = contexts.current();
        for (RunningHook hook : outer) {
            worker.push(hook.hook(), hook.kind());
        }
        try {
            return call.call();
        } finally {
            for (int i = 0; i < outer.size(); i++) {
                worker.pop();
            }
        }
    }
}
