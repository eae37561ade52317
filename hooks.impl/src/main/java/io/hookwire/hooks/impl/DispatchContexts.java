package io.hookwire.hooks.impl;

import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The dispatch contexts of all threads that have fired a hook: one per thread, found through a thread-local on the
 * hot path and through a list by the watchdog and telemetry. A context whose thread has ended is folded into
 * {@link #retired} and dropped.
 */
final class DispatchContexts {
    private final ThreadLocal<DispatchContext> local = ThreadLocal.withInitial(this::create);
    private final ConcurrentLinkedQueue<DispatchContext> all = new ConcurrentLinkedQueue<>();
    /** Counter indices: one per plugin × hook × kind (calls) and one per hook (dispatches). */
    private final AtomicInteger nextIndex = new AtomicInteger();
    /** Call counts of threads that have ended, per stats index. Guarded by {@code this}. */
    private long[] retired = new long[0];

    /** A new counter index, for {@link DispatchContext#count(int)}. */
    int newIndex() {
        return nextIndex.getAndIncrement();
    }

    DispatchContext current() {
        return local.get();
    }

    private DispatchContext create() {
        DispatchContext context = new DispatchContext(Thread.currentThread());
        all.add(context);
        return context;
    }

    Iterable<DispatchContext> all() {
        return all;
    }

    /**
     * Total count under an index, over all threads. Locked against {@link #prune()}, so that a context
     * being retired is counted exactly once; dispatch never takes this lock.
     */
    synchronized long calls(int index) {
        long total = index < retired.length ? retired[index] : 0;
        for (DispatchContext context : all) {
            total += context.callsOf(index);
        }
        return total;
    }

    /** Folds the counters of ended threads into {@link #retired} and forgets their contexts. */
    synchronized void prune() {
        for (Iterator<DispatchContext> it = all.iterator(); it.hasNext();) {
            DispatchContext context = it.next();
            if (!context.thread.isAlive()) {
                long[] counted = context.callsSnapshot();
                if (retired.length < counted.length) {
                    retired = Arrays.copyOf(retired, counted.length);
                }
                for (int i = 0; i < counted.length; i++) {
                    retired[i] += counted[i];
                }
                it.remove();
            }
        }
    }
}
