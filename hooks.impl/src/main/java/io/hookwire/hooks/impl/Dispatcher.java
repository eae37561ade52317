package io.hookwire.hooks.impl;

import java.util.concurrent.ExecutorService;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookKind;

/**
 * Runs the handlers of one dispatch, in order, each one contained.
 *
 * <p>The fast path, for a handler that has never overrun its budget, runs the callback inline on the calling thread
 * and pays: a thread-local lookup per dispatch; per callback, a plain counter increment, one store for the watchdog
 * and one load to see whether it fired; and, for one call in {@code sampleEvery} once the handler has warmed up, two
 * clock reads for telemetry. No lock, no allocation, no thread hop.
 *
 * <p>A handler that has overrun once is isolated: its calls go through {@link Isolation}, away from the dispatching
 * thread, which waits at most the budget.
 *
 * <p>Thread-safe: one instance serves every thread.
 */
final class Dispatcher {
    /** The sampling rule, read once per dispatch. */
    record Sampling(long exactCalls, long mask) {}

    private final DispatchContexts contexts;
    private final FailureReporter reporter;
    private final TimeSource time;
    private final Isolation isolation;
    volatile Sampling sampling;

    Dispatcher(DispatchContexts contexts, FailureReporter reporter, TimeSource time, ExecutorService isolationThreads,
            RegistrySettings settings) {
        this.contexts = contexts;
        this.reporter = reporter;
        this.time = time;
        this.isolation = new Isolation(contexts, reporter, time, isolationThreads);
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
            isolation.call(context, frame, entry, () -> {
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
            result = isolation.call(context, frame, entry,
                    () -> ((FilterHandler) entry.handler).filter(value, filterContext), budget, start);
            if (result == Isolation.NO_RESULT) {
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
}
