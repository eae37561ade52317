package io.hookwire.hooks.impl;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicBoolean;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookKind;

/**
 * One registered handler. Immutable but for its {@link #state} (removed, isolated) and whether an isolated call of
 * it is still running. Both state bits live in one volatile int, so that the dispatch loop tests them with one load.
 */
final class Entry {
    /** Unregistered: a dispatch that has not reached it yet skips it. */
    static final int REMOVED = 1;
    /** It overran its budget: from then on it runs away from the dispatching thread. */
    static final int ISOLATED = 2;
    /** Its plugin is restricted: the dispatch gate decides, per dispatch, whether it runs. */
    static final int RESTRICTED = 4;

    private static final VarHandle STATE;

    static {
        try {
            STATE = MethodHandles.lookup().findVarHandle(Entry.class, "state", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final Slot slot;
    final String plugin;
    final String id;
    final int priority;
    final long sequence;
    /** An {@code ActionHandler} or a {@code FilterHandler}, as {@link #slot}'s kind says. */
    final Object handler;
    final StatsRecorder stats;
    /** {@link StatsRecorder#index}, kept here to save a load on the dispatch path. */
    final int statsIndex;

    /** {@link #REMOVED} and {@link #ISOLATED} bits. */
    volatile int state;
    /** Held while an isolated call runs, so that a stuck handler never has more than one call in flight. */
    final AtomicBoolean isolatedCallRunning = new AtomicBoolean();

    Entry(Slot slot, String plugin, String id, int priority, long sequence, Object handler, StatsRecorder stats) {
        this.slot = slot;
        this.plugin = plugin;
        this.id = id;
        this.priority = priority;
        this.sequence = sequence;
        this.handler = handler;
        this.stats = stats;
        this.statsIndex = stats.index;
    }

    void mark(int bit) {
        STATE.getAndBitwiseOr(this, bit);
    }

    void unmark(int bit) {
        STATE.getAndBitwiseAnd(this, ~bit);
    }

    boolean removed() {
        return (state & REMOVED) != 0;
    }

    boolean isolated() {
        return (state & ISOLATED) != 0;
    }

    String hook() {
        return slot.name;
    }

    HookKind kind() {
        return slot.kind;
    }

    /** Run order: priority ascending, then registration sequence. */
    static int compare(Entry a, Entry b) {
        int byPriority = Integer.compare(a.priority, b.priority);
        return byPriority != 0 ? byPriority : Long.compare(a.sequence, b.sequence);
    }

    HandlerInfo info() {
        return new HandlerInfo(slot.name, slot.kind, plugin, id, priority, sequence, isolated());
    }

    String describe() {
        return slot.kind + " '" + slot.name + "' handler '" + id + "' of plugin '" + plugin + "'";
    }
}
