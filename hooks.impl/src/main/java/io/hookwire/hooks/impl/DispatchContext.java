package io.hookwire.hooks.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.RunningHook;

/**
 * What one thread is dispatching: a stack of frames (nested dispatches); its own counters (of calls per handler and
 * of dispatches per hook), so that counting costs a plain store rather than an atomic one; and its own ring of latency
 * samples, which {@link Telemetry#drain()} empties into the histograms, so that timing a call never touches memory
 * another thread writes. Only the owning thread writes; the watchdog and telemetry read.
 */
final class DispatchContext extends DispatchContextFields {
    /** 64 bytes after the fields, against false sharing (see {@link Padding}). */
    long q00, q01, q02, q03, q04, q05, q06, q07;

    DispatchContext(Thread thread) {
        super(thread);
    }
}

/** The fields and methods of {@link DispatchContext}, after {@link Padding.Before}. */
abstract class DispatchContextFields extends Padding.Before {
    private static final VarHandle DEPTH;
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;
    private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(long[].class);
    private static final VarHandle SAMPLES = MethodHandles.arrayElementVarHandle(long[].class);

    /** Samples a ring holds before the oldest undrained ones are dropped (the watchdog drains every tick). */
    static final int RING = 2048;
    /** A sample is (counter index << 40 | nanoseconds); longer latencies are clamped to about 18 minutes. */
    private static final int NANOS_BITS = 40;
    private static final long MAX_NANOS = (1L << NANOS_BITS) - 1;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            DEPTH = lookup.findVarHandle(DispatchContextFields.class, "depth", int.class);
            HEAD = lookup.findVarHandle(DispatchContextFields.class, "head", int.class);
            TAIL = lookup.findVarHandle(DispatchContextFields.class, "tail", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread thread;
    private Frame[] frames = new Frame[4];
    @SuppressWarnings("unused") // through DEPTH
    private int depth;
    private long seq;
    /** Counts per counter index (calls of a plugin's handlers of a hook, dispatches of a hook), by this thread. */
    private volatile long[] calls = new long[32 + 2 * Padding.ARRAY];
    /** Latency samples; written by the owner at {@link #head}, read by the drainer from {@link #tail}. */
    private long[] samples;
    @SuppressWarnings("unused") // through HEAD
    private int head;
    @SuppressWarnings("unused") // through TAIL
    private int tail;

    DispatchContextFields(Thread thread) {
        this.thread = thread;
    }

    /** Opens a frame for a dispatch of {@code hook}. */
    Frame push(String hook, HookKind kind) {
        int d = (int) DEPTH.getOpaque(this);
        if (d == frames.length) {
            frames = Arrays.copyOf(frames, d * 2);
        }
        Frame frame = frames[d];
        if (frame == null) {
            frame = new Frame();
            frames[d] = frame;
        }
        frame.open(hook, kind, ++seq);
        DEPTH.setRelease(this, d + 1);
        return frame;
    }

    void pop() {
        DEPTH.setRelease(this, (int) DEPTH.getOpaque(this) - 1);
    }

    /** Counts one event under {@code index}, and returns how many this thread counted before. */
    long count(int index) {
        long[] c = calls;
        int at = index + Padding.ARRAY;
        if (at >= c.length - Padding.ARRAY) {
            c = Arrays.copyOf(c, Math.max(at + 1, c.length * 2) + Padding.ARRAY);
            calls = c;
        }
        long before = (long) COUNTS.getOpaque(c, at);
        COUNTS.setOpaque(c, at, before + 1);
        return before;
    }

    /** Records a latency for {@code index}; dropped when the ring is full. Owner thread only. */
    void sample(int index, long nanos) {
        long[] ring = samples;
        if (ring == null) {
            ring = new long[RING + 2 * Padding.ARRAY];
            samples = ring;
        }
        int h = (int) HEAD.getOpaque(this);
        if (h - (int) TAIL.getAcquire(this) >= RING) {
            return;
        }
        long packed = ((long) index << NANOS_BITS) | Math.min(Math.max(nanos, 0), MAX_NANOS);
        SAMPLES.setOpaque(ring, Padding.ARRAY + (h & (RING - 1)), packed);
        HEAD.setRelease(this, h + 1);
    }

    /** Hands every sample written so far to {@code sink}. One drainer at a time (the caller's lock). */
    void drain(SampleSink sink) {
        int h = (int) HEAD.getAcquire(this);
        int t = (int) TAIL.getOpaque(this);
        if (t == h) {
            return;
        }
        long[] ring = samples; // published before head moved
        for (; t != h; t++) {
            long packed = (long) SAMPLES.getOpaque(ring, Padding.ARRAY + (t & (RING - 1)));
            sink.accept((int) (packed >>> NANOS_BITS), packed & MAX_NANOS);
        }
        TAIL.setRelease(this, t);
    }

    /** Where drained samples go. */
    interface SampleSink {
        void accept(int index, long nanos);
    }

    /** What this thread counted for {@code index}; safe from any thread. */
    long callsOf(int index) {
        long[] c = calls;
        int at = index + Padding.ARRAY;
        return at < c.length - Padding.ARRAY ? (long) COUNTS.getOpaque(c, at) : 0;
    }

    /** A copy of all counters; safe from any thread. */
    long[] callsSnapshot() {
        long[] c = calls;
        long[] copy = new long[c.length - 2 * Padding.ARRAY];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = (long) COUNTS.getOpaque(c, i + Padding.ARRAY);
        }
        return copy;
    }

    /** The open frames, outermost first; for the watchdog. */
    int depth() {
        return (int) DEPTH.getAcquire(this);
    }

    Frame frame(int index) {
        Frame[] f = frames;
        return index < f.length ? f[index] : null;
    }

    /** The hooks being fired, outermost first; only meaningful on the owning thread. */
    List<RunningHook> running() {
        int d = (int) DEPTH.getOpaque(this);
        List<RunningHook> result = new ArrayList<>(d);
        for (int i = 0; i < d; i++) {
            result.add(new RunningHook(frames[i].hook, frames[i].kind));
        }
        return result;
    }
}
