package io.hookwire.hooks.impl;

import java.util.concurrent.ExecutorService;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.gate.DispatchGate;

/**
 * Runs the handlers of one dispatch, in order, each one contained.
 *
 * <p>The fast path, for a handler that has never overrun its budget, runs the callback inline on the calling thread
 * and pays, per dispatch: a thread-local lookup, a frame push and pop, a plain counter increment, and with a budget
 * one volatile store at the end; per callback: one volatile load of the handler's state, a plain counter increment,
 * and with a budget one store for the watchdog and one load to see whether it fired. No lock, no atomic operation,
 * no allocation, no thread hop. One dispatch in {@code sampleEvery} per hook and thread (after the first
 * {@code exactCalls}) is timed: one clock read per callback boundary, and a plain store of each latency into the
 * thread's own sample ring.
 *
 * <p>A handler that has overrun once is isolated: its calls go through {@link Isolation}, away from the dispatching
 * thread, which waits at most the budget. A handler of a restricted plugin runs only when the {@link DispatchGate}
 * admits its plugin; both cases sit behind the one state load, so other handlers pay nothing for them.
 *
 * <p>Thread-safe: one instance serves every thread.
 */
final class Dispatcher {
    /** The sampling rule, read once per dispatch. */
    record Sampling(long exactCalls, long mask) {}

    private static final long UNTIMED = -1;

    private final DispatchContexts contexts;
    private final FailureReporter reporter;
    private final TimeSource time;
    private final Isolation isolation;
    volatile Sampling sampling;
    /** Decides whether restricted plugins' handlers run; {@code null} when no gate is registered. */
    volatile DispatchGate gate;

    Dispatcher(DispatchContexts contexts, FailureReporter reporter, TimeSource time, ExecutorService isolationThreads,
            Telemetry telemetry, RegistrySettings settings) {
        this.contexts = contexts;
        this.reporter = reporter;
        this.time = time;
        this.isolation = new Isolation(contexts, reporter, time, isolationThreads, telemetry);
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
        Frame frame = open(context, slot, HookKind.ACTION);
        long budget = slot.budgetNanos;
        try {
            for (Entry entry : entries) {
                int state = entry.state;
                if (state != 0 && skip(entry, state)) {
                    continue;
                }
                context.count(entry.statsIndex);
                if (budget > 0 && (state & Entry.ISOLATED) != 0) {
                    isolatedAction(context, frame, entry, payload, budget);
                } else {
                    callAction(context, frame, entry, payload, budget);
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
        Frame frame = open(context, slot, HookKind.FILTER);
        long budget = slot.budgetNanos;
        try {
            for (Entry entry : entries) {
                int state = entry.state;
                if (state != 0 && skip(entry, state)) {
                    continue;
                }
                context.count(entry.statsIndex);
                if (budget > 0 && (state & Entry.ISOLATED) != 0) {
                    value = isolatedFilter(context, frame, entry, value, filterContext, valueType, budget);
                } else {
                    value = callFilter(context, frame, entry, value, filterContext, valueType, budget);
                }
            }
            return value;
        } finally {
            close(context, frame, budget);
        }
    }

    /** Whether a handler that is removed, or restricted and not admitted by the gate, sits this dispatch out. */
    private boolean skip(Entry entry, int state) {
        if ((state & Entry.REMOVED) != 0) {
            return true;
        }
        if ((state & Entry.RESTRICTED) != 0) {
            DispatchGate g = gate;
            if (g != null) {
                try {
                    return !g.admits(entry.plugin);
                } catch (Throwable t) {
                    Throwables.rethrowIfFatal(t);
                    return true;
                }
            }
        }
        return false;
    }

    /** Pushes a frame, and decides whether this dispatch is timed. */
    private Frame open(DispatchContext context, Slot slot, HookKind kind) {
        Frame frame = context.push(slot.name, kind);
        Sampling s = sampling;
        long n = context.count(slot.counter);
        frame.clock = n < s.exactCalls || (n & s.mask) == 0 ? time.nanoTime() : UNTIMED;
        return frame;
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
    private void callAction(DispatchContext context, Frame frame, Entry entry, Object payload, long budget) {
        if (budget > 0) {
            frame.running(entry);
        }
        Throwable failure = null;
        try {
            ((ActionHandler) entry.handler).handle(payload);
        } catch (Throwable t) {
            failure = t;
        }
        long duration = lap(context, frame, entry);
        if (budget > 0 && frame.timedOut != null || failure != null) {
            afterCall(frame, entry, failure, duration, budget);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object callFilter(DispatchContext context, Frame frame, Entry entry, Object value, Object filterContext,
            Class<?> valueType, long budget) {
        if (budget > 0) {
            frame.running(entry);
        }
        Object result;
        Throwable failure = null;
        try {
            result = ((FilterHandler) entry.handler).filter(value, filterContext);
        } catch (Throwable t) {
            result = null;
            failure = t;
        }
        long duration = lap(context, frame, entry);
        if (budget > 0 && frame.timedOut != null || failure != null) {
            if (afterCall(frame, entry, failure, duration, budget)) {
                return value; // failed, or timed out: its result, if any, is discarded
            }
        }
        if (result != null && valueType.isInstance(result)) {
            return result;
        }
        wrongType(frame, entry, result, valueType, duration);
        return value;
    }

    /** In a timed dispatch, the callback's latency, recorded in the thread's ring; else {@link #UNTIMED}. */
    private long lap(DispatchContext context, Frame frame, Entry entry) {
        long start = frame.clock;
        if (start == UNTIMED) {
            return UNTIMED;
        }
        long end = time.nanoTime();
        frame.clock = end;
        long duration = end - start;
        context.sample(entry.statsIndex, duration);
        return duration;
    }

    /**
     * The slow path after a call: a timeout the watchdog flagged, or a failure. Returns whether the call failed or
     * timed out (so a filter's result must not be used).
     */
    private boolean afterCall(Frame frame, Entry entry, Throwable failure, long duration, long budget) {
        Entry settled = null;
        if (budget > 0 && frame.timedOut != null) {
            settled = settleTimeout(frame);
            if (settled == entry) {
                return true; // already reported by the watchdog
            }
        }
        if (failure == null) {
            return false;
        }
        fail(frame, entry, failure, duration, settled == null);
        return true;
    }

    private void wrongType(Frame frame, Entry entry, Object result, Class<?> valueType, long duration) {
        frame.running(null);
        RuntimeException wrong = result == null
                ? new NullPointerException(entry.describe() + " returned null; it must return a " + valueType.getName())
                : new ClassCastException(entry.describe() + " returned a " + result.getClass().getName()
                        + ", not the filter's value type " + valueType.getName());
        reporter.report(entry, wrong, duration, false);
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

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void isolatedAction(DispatchContext context, Frame frame, Entry entry, Object payload, long budget) {
        isolation.call(context, frame, entry, () -> {
            ((ActionHandler) entry.handler).handle(payload);
            return null;
        }, budget);
        restartClock(frame);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object isolatedFilter(DispatchContext context, Frame frame, Entry entry, Object value, Object filterContext,
            Class<?> valueType, long budget) {
        Object result = isolation.call(context, frame, entry,
                () -> ((FilterHandler) entry.handler).filter(value, filterContext), budget);
        restartClock(frame);
        if (result == Isolation.NO_RESULT) {
            return value;
        }
        if (result != null && valueType.isInstance(result)) {
            return result;
        }
        wrongType(frame, entry, result, valueType, UNTIMED);
        return value;
    }

    /** An isolated call records its own latency; the next callback's starts now. */
    private void restartClock(Frame frame) {
        if (frame.clock != UNTIMED) {
            frame.clock = time.nanoTime();
        }
    }
}
