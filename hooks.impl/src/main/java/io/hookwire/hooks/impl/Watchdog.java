package io.hookwire.hooks.impl;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Finds callbacks that run past their budget, without costing the callbacks anything but one store each.
 *
 * <p>Every tick it looks at the frame each dispatching thread has open. A callback is known by (dispatch sequence,
 * entry); the first scan that sees it notes the time, and a scan that sees the same callback a budget later declares
 * the overrun. So an overrun is declared between the budget and the budget plus one tick after the call started,
 * never early. Then the watchdog
 * <ol>
 * <li>marks the handler isolated, so its later calls can never hold a dispatcher longer than its budget;</li>
 * <li>flags the frame and interrupts the thread, which frees a callback that sleeps, waits, or does interruptible
 * I/O; the dispatcher discards its result and clears the interrupt (when the callback has returned by the time the
 * flag is up, the watchdog withdraws it rather than interrupt whatever the thread does next);</li>
 * <li>reports the timeout at once, even if the callback never returns.</li>
 * </ol>
 * A callback that spins, or blocks without responding to interrupts, keeps its thread until it returns: the JVM
 * cannot stop it. That happens at most once per handler registration, because of step 1.
 *
 * <p>Its thread also runs the registry's housekeeping (draining the telemetry samples) about every
 * {@value #HOUSEKEEPING_MILLIS} ms; with no budget anywhere it ticks only for that.
 */
final class Watchdog {
    /** How often the housekeeping runs. */
    static final long HOUSEKEEPING_MILLIS = 20;

    private final DispatchContexts contexts;
    private final TimeSource time;
    private final FailureReporter reporter;
    private final RegistryLog log;
    private final Runnable housekeeping;
    private final Object scanLock = new Object();
    private Thread thread;
    private volatile boolean running;
    private volatile boolean scanning;

    Watchdog(DispatchContexts contexts, TimeSource time, FailureReporter reporter, RegistryLog log,
            Runnable housekeeping) {
        this.contexts = contexts;
        this.time = time;
        this.reporter = reporter;
        this.log = log;
        this.housekeeping = housekeeping;
    }

    /** Looks once at every open frame. Called by the watchdog thread every tick, and by tests directly. */
    void scan() {
        synchronized (scanLock) {
            scanOnce();
        }
    }

    private void scanOnce() {
        long now = time.nanoTime();
        for (DispatchContext context : contexts.all()) {
            int depth = context.depth();
            for (int d = 0; d < depth; d++) {
                Frame frame = context.frame(d);
                if (frame != null) {
                    inspect(context, frame, now);
                }
            }
        }
    }

    private void inspect(DispatchContext context, Frame frame, long now) {
        long seq = frame.seq();
        Entry entry = frame.current();
        if (entry == null) {
            frame.seenEntry = null;
            return;
        }
        if (seq != frame.seenSeq || entry != frame.seenEntry) {
            frame.seenSeq = seq;
            frame.seenEntry = entry;
            frame.seenSince = now;
            frame.seenReported = false;
            return;
        }
        long budget = entry.slot.budgetNanos;
        long elapsed = now - frame.seenSince;
        if (frame.seenReported || budget <= 0 || elapsed < budget) {
            return;
        }
        frame.seenReported = true;
        entry.mark(Entry.ISOLATED);
        frame.timedOut = entry;
        String outcome;
        if (frame.seq() == seq && frame.current() == entry) {
            context.thread.interrupt();
            frame.interruptSent = true;
            outcome = "it was interrupted, its result is discarded,";
        } else {
            // It returned as we looked, and its dispatcher may have left the frame: an interrupt now would hit
            // whatever the thread does next, and nobody would clear it. Withdraw the flag (a dispatcher waiting in
            // settleTimeout sees it go); the overrun itself still counts.
            frame.timedOut = null;
            outcome = "it returned just as it was caught,";
        }
        reporter.report(entry, new TimeoutException(entry.describe() + " ran past its budget of "
                + TimeUnit.NANOSECONDS.toMillis(budget) + " ms; " + outcome + " and it runs isolated from now on"),
                elapsed, true);
    }

    /**
     * Starts the watchdog thread: it scans for overruns every {@code tickMillis} when {@code scanning} (some hook has
     * a budget), and runs the housekeeping either way.
     */
    void start(long tickMillis, boolean scanning) {
        stop();
        long tickNanos = TimeUnit.MILLISECONDS.toNanos(scanning ? tickMillis : HOUSEKEEPING_MILLIS);
        int housekeepingEvery = (int) Math.max(1, HOUSEKEEPING_MILLIS / (scanning ? tickMillis : HOUSEKEEPING_MILLIS));
        synchronized (this) {
            running = true;
            this.scanning = scanning;
            thread = new Thread(() -> loop(tickNanos, scanning, housekeepingEvery), "hookwire-hook-watchdog");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void loop(long tickNanos, boolean scanning, int housekeepingEvery) {
        for (long ticks = 0; running; ticks++) {
            try {
                if (scanning) {
                    scan();
                }
                if (ticks % housekeepingEvery == 0) {
                    housekeeping.run();
                }
            } catch (RuntimeException e) {
                log.warn("The hook watchdog failed a tick; it goes on", e);
            }
            LockSupport.parkNanos(tickNanos);
        }
    }

    void stop() {
        Thread t;
        synchronized (this) {
            running = false;
            scanning = false;
            t = thread;
            thread = null;
        }
        if (t != null) {
            LockSupport.unpark(t);
            try {
                t.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the thread runs and looks for overruns (some hook has a budget). */
    boolean isScanning() {
        return running && scanning;
    }
}
