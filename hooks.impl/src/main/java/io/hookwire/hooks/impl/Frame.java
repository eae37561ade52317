package io.hookwire.hooks.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import io.hookwire.hooks.HookKind;

/**
 * One hook being fired on one thread, and the callback it is running. The owning thread writes it; the watchdog
 * reads it from its own thread.
 *
 * <p>The protocol costs the owner one plain store per callback ({@link #current}, written opaquely) and one plain
 * load ({@link #timedOut}). The watchdog identifies a callback by (dispatch {@link #seq}, {@link #current}): a
 * handler runs at most once in a dispatch, so the same pair seen over a budget's worth of scans is one long call.
 */
final class Frame {
    private static final VarHandle CURRENT;
    private static final VarHandle SEQ;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CURRENT = lookup.findVarHandle(Frame.class, "current", Entry.class);
            SEQ = lookup.findVarHandle(Frame.class, "seq", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // Written by the owner before the frame is published (see DispatchContext.push).
    String hook;
    HookKind kind;
    @SuppressWarnings("unused") // through SEQ
    private long seq;
    @SuppressWarnings("unused") // through CURRENT
    private Entry current;

    /** Set by the watchdog to the entry it found over budget, before it interrupts the owner. */
    volatile Entry timedOut;
    /** Set by the watchdog once its interrupt was sent, so the owner can clear exactly that interrupt. */
    volatile boolean interruptSent;

    // The watchdog's own bookkeeping: the callback it last saw here, and when it first saw it.
    long seenSeq = -1;
    Entry seenEntry;
    long seenSince;
    boolean seenReported;

    void open(String hook, HookKind kind, long seq) {
        this.hook = hook;
        this.kind = kind;
        CURRENT.setOpaque(this, (Entry) null);
        SEQ.setRelease(this, seq);
    }

    /** The owner is now running {@code entry} (or nothing, when {@code null}). */
    void running(Entry entry) {
        CURRENT.setOpaque(this, entry);
    }

    long seq() {
        return (long) SEQ.getAcquire(this);
    }

    Entry current() {
        return (Entry) CURRENT.getOpaque(this);
    }
}
