package io.hookwire.hooks.impl;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.RunningHook;

/**
 * Runs the handlers of one dispatch, in order, each one contained.
 *
 * <p>The fast path, for a handler that has never overrun its budget, runs the callback inline on the calling thread
 * and pays: a thread-local lookup per dispatch; per callback, a plain counter increment, one store for the watchdog
 * and one load to see whether it fired; and, for one call in {@code sampleEvery} once the handler has warmed up, two
 * clock reads for telemetry. No lock, no allocation, no thread hop.
 *
 * <p>A handler that has overrun once is isolated: its calls run on a separate (platform, daemon) thread while the
 * dispatcher waits at most the budget. Platform rather than virtual threads, because a handler that spins would pin
 * one of the few carrier threads of the virtual-thread scheduler and starve every other virtual thread. At most one
 * isolated call per handler is in flight; while it runs, further calls are skipped and reported as timeouts.
 *
 * <p>Thread-safe: one instance serves every thread.
 */
final class Dispatcher {
    /** Returned by an isolated call that did not produce a value: the filter passes its input on. */
    private static final Object NO_RESULT = new Object();

    /** The sampling rule, read once per dispatch. */
    record Sampling(long exactCalls, long mask) {}

    private final DispatchContexts contexts;
    private final FailureReporter reporter;
    private final TimeSource time;
    private final ExecutorService isolation;
    volatile Sampling sampling;

    Dispatcher(DispatchContexts contexts, FailureReporter reporter, TimeSource time, ExecutorService isolation,
            RegistrySettings settings) {
        this.contexts = contexts;
        this.reporter = reporter;
        this.time = time;
        this.isolation = isolation;
        configure(settings);
    }

    void configure(RegistrySettings settings) {
        sampling = new Sampling(settings.exactCalls(), settings.sampleEvery() - 1);
    }

    void dispatch(Slot slot, Object payload) {
        Entry[] entries = slot.entries;
        if (entries.length == 0) {
            return;
        }
        DispatchContext context = contexts.current();
        Frame frame = context.push(slot.name, HookKind.ACTION);
        long budget = slot.budgetNanos;
        try {
            Sampling s = sampling;
            for (Entry entry : entries) {
                if (!entry.removed) {
                    callAction(context, frame, entry, payload, budget, s);
                }
            }
        } finally {
            close(context, frame, budget);
        }
    }

    Object apply(Slot slot, Class<?> valueType, Object value, Object filterContext) {
        Entry[] entries = slot.entries;
        if (entries.length == 0) {
            return value;
        }
        DispatchContext context = contexts.current();
        Frame frame = context.push(slot.name, HookKind.FILTER);
        long budget = slot.budgetNanos;
        try {
            Sampling s = sampling;
            for (Entry entry : entries) {
                if (!entry.removed) {
                    value = callFilter(context, frame, entry, value, filterContext, valueType, budget, s);
                }
            }
            return value;
        } finally {
            close(context, frame, budget);
        }
    }

    /**
     * Ends a dispatch. With a budget, the watchdog may have struck just as the last callback returned, after the
     * dispatcher last looked: settle that here, so that its interrupt never reaches the caller and its flag never
     * reaches the next dispatch that reuses this frame.
     */
    private static void close(DispatchContext context, Frame frame, long budget) {
        if (budget > 0) {
            frame.leave();
            if (frame.timedOut != null) {
                settleTimeout(frame);
            }
        }
        context.pop();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void callAction(DispatchContext context, Frame frame, Entry entry, Object payload, long budget,
            Sampling s) {
        long n = context.countCall(entry.stats.index);
        long start = n < s.exactCalls || (n & s.mask) == 0 ? time.nanoTime() : -1;
        if (budget > 0 && entry.isolated) {
            isolated(context, frame, entry, () -> {
                ((ActionHandler) entry.handler).handle(payload);
                return null;
            }, budget, start);
            return;
        }
        Throwable failure = null;
        if (budget > 0) {
            frame.running(entry);
        }
        try {
            ((ActionHandler) entry.handler).handle(payload);
        } catch (Throwable t) {
            failure = t;
        }
        Entry settled = null;
        if (budget > 0 && frame.timedOut != null) {
            settled = settleTimeout(frame);
            if (settled == entry) {
                recordLatency(entry, start);
                return;
            }
        }
        long duration = recordLatency(entry, start);
        if (failure != null) {
            fail(frame, entry, failure, duration, settled == null);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object callFilter(DispatchContext context, Frame frame, Entry entry, Object value, Object filterContext,
            Class<?> valueType, long budget, Sampling s) {
        long n = context.countCall(entry.stats.index);
        long start = n < s.exactCalls || (n & s.mask) == 0 ? time.nanoTime() : -1;
        Object result;
        if (budget > 0 && entry.isolated) {
            result = isolated(context, frame, entry,
                    () -> ((FilterHandler) entry.handler).filter(value, filterContext), budget, start);
            if (result == NO_RESULT) {
                return value;
            }
            return checkType(frame, entry, value, result, valueType, -1);
        }
        Throwable failure = null;
        if (budget > 0) {
            frame.running(entry);
        }
        try {
            result = ((FilterHandler) entry.handler).filter(value, filterContext);
        } catch (Throwable t) {
            result = null;
            failure = t;
        }
        Entry settled = null;
        if (budget > 0 && frame.timedOut != null) {
            settled = settleTimeout(frame);
            if (settled == entry) {
                recordLatency(entry, start);
                return value; // the late result is discarded
            }
        }
        long duration = recordLatency(entry, start);
        if (failure != null) {
            fail(frame, entry, failure, duration, settled == null);
            return value;
        }
        return checkType(frame, entry, value, result, valueType, duration);
    }

    private Object checkType(Frame frame, Entry entry, Object value, Object result, Class<?> valueType,
            long duration) {
        if (result != null && valueType.isInstance(result)) {
            return result;
        }
        frame.running(null);
        RuntimeException wrong = result == null
                ? new NullPointerException(entry.describe() + " returned null; it must return a " + valueType.getName())
                : new ClassCastException(entry.describe() + " returned a " + result.getClass().getName()
                        + ", not the filter's value type " + valueType.getName());
        reporter.report(entry, wrong, duration, false);
        return value;
    }

    private long recordLatency(Entry entry, long start) {
        if (start == -1) {
            return -1;
        }
        long duration = time.nanoTime() - start;
        entry.stats.recordLatency(duration);
        return duration;
    }

    /**
     * Reports a failed call. An {@link InterruptedException} re-raises the interrupt, as somebody else's request,
     * unless the interrupt was the watchdog's and has just been cleared ({@code interruptMayBeForeign} false): that
     * one must not outlive the dispatch.
     */
    private void fail(Frame frame, Entry entry, Throwable failure, long duration, boolean interruptMayBeForeign) {
        Throwables.rethrowIfFatal(failure);
        frame.running(null); // reporting is not the handler's time
        reporter.report(entry, failure, duration, false);
        if (failure instanceof InterruptedException && interruptMayBeForeign) {
            Thread.currentThread().interrupt(); // somebody else interrupted this thread: keep their request
        }
    }

    /**
     * The watchdog flagged a callback of this frame: wait for its interrupt to land, clear it, and return the flagged
     * entry, or {@code null} when the watchdog withdrew the flag without interrupting. The caller compares it with
     * the callback that just returned. (If it is an earlier one, which finished just as the watchdog struck, the
     * interrupt fell on this callback instead; it is cleared all the same.)
     */
    private static Entry settleTimeout(Frame frame) {
        while (!frame.interruptSent) {
            if (frame.timedOut == null) {
                return null; // withdrawn: the watchdog saw the callback end before it could interrupt
            }
            Thread.onSpinWait();
        }
        Entry flagged = frame.timedOut;
        Thread.interrupted();
        frame.interruptSent = false;
        frame.timedOut = null;
        return flagged;
    }

    /** Runs a call of an isolated handler on a worker and waits at most its budget. */
    private Object isolated(DispatchContext context, Frame frame, Entry entry, Callable<Object> call, long budget,
            long start) {
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
            isolation.execute(() -> {
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
        if (start != -1) {
            entry.stats.recordLatency(elapsed);
        }
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
