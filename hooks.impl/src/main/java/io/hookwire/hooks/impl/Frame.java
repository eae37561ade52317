package io.hookwire.hooks.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

import io.hookwire.hooks.HookKind;

/**
 * One hook being fired on one thread, and the callback it is running. The owning thread writes it; the watchdog
 * reads it from its own thread.
 *
 * <p>The protocol costs the owner one plain store per callback ({@link #current}, written opaquely) and one plain
 * load ({@link #timedOut}), plus one volatile store and load when a budgeted dispatch ends ({@link #leave()}). The
 * watchdog identifies a callback by (dispatch {@link #seq}, {@link #current}): a handler runs at most once in a
 * dispatch, so the same pair seen over a budget's worth of scans is one long call.
 */
final class Frame extends FrameFields {
    /** 64 bytes after the fields, against false sharing (see {@link Padding}). */
    long q00, q01, q02, q03, q04, q05, q06, q07;
}

/** The fields of {@link Frame}, after {@link Padding.Before} and before the trailing padding. */
abstract class FrameFields extends Padding.Before {
    private static final VarHandle CURRENT;
    private static final VarHandle SEQ;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CURRENT = lookup.findVarHandle(FrameFields.class, "current", Entry.class);
            SEQ = lookup.findVarHandle(FrameFields.class, "seq", long.class);
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

    /**
     * Set by the watchdog to the entry it found over budget, before it interrupts the owner; set back to
     * {@code null} by the watchdog if it withdraws (the callback ended first), else by the owner once settled.
     */
    volatile Entry timedOut;
    /** Set by the watchdog once its interrupt was sent, so the owner can clear exactly that interrupt. */
    volatile boolean interruptSent;

    /**
     * The owner's clock in a timed dispatch: when the current callback started (the previous one's end), or -1 when
     * this dispatch is not timed. Owner only.
     */
    long clock;

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

    /**
     * The owner has run its last callback here; it reads {@link #timedOut} next. A volatile store, paired with the
     * watchdog's volatile store of {@link #timedOut} and read of {@link #current()}: at least one of the two sees the
     * other, so an overrun is either settled by the owner or withdrawn by the watchdog.
     */
    void leave() {
        CURRENT.setVolatile(this, (Entry) null);
    }

    long seq() {
        return (long) SEQ.getAcquire(this);
    }

    /** For the watchdog (a volatile read; see {@link #leave()}). */
    Entry current() {
        return (Entry) CURRENT.getVolatile(this);
    }
}
