package io.hookwire.hooks.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.RunningHook;

/**
 * What one thread is dispatching: a stack of frames (nested dispatches), and its own call counters, so that counting
 * a call costs a plain store rather than an atomic one. Only the owning thread writes; the watchdog and telemetry
 * read.
 */
final class DispatchContext {
    private static final VarHandle DEPTH;
    private static final VarHandle COUNTS = MethodHandles.arrayElementVarHandle(long[].class);

    static {
        try {
            DEPTH = MethodHandles.lookup().findVarHandle(DispatchContext.class, "depth", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Thread thread;
    private Frame[] frames = new Frame[4];
    @SuppressWarnings("unused") // through DEPTH
    private int depth;
    private long seq;
    /** Calls per {@link StatsRecorder#index}, counted by this thread. Replaced (never shrunk) when it grows. */
    private volatile long[] calls = new long[32];

    DispatchContext(Thread thread) {
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

    /** Counts one call of the handlers behind {@code index}, and returns how many this thread counted before. */
    long countCall(int index) {
        long[] c = calls;
        if (index >= c.length) {
            c = Arrays.copyOf(c, Math.max(index + 1, c.length * 2));
            calls = c;
        }
        long before = (long) COUNTS.getOpaque(c, index);
        COUNTS.setOpaque(c, index, before + 1);
        return before;
    }

    /** What this thread counted for {@code index}; safe from any thread. */
    long callsOf(int index) {
        long[] c = calls;
        return index < c.length ? (long) COUNTS.getOpaque(c, index) : 0;
    }

    /** A copy of all counters; safe from any thread. */
    long[] callsSnapshot() {
        long[] c = calls;
        long[] copy = new long[c.length];
        for (int i = 0; i < c.length; i++) {
            copy[i] = (long) COUNTS.getOpaque(c, i);
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
