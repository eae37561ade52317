package io.hookwire.hooks.impl;

import java.util.concurrent.atomic.AtomicBoolean;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookKind;

/**
 * One registered handler. Immutable but for three flags: removed, isolated, and whether an isolated call of it is
 * still running.
 */
final class Entry {
    final Slot slot;
    final String plugin;
    final String id;
    final int priority;
    final long sequence;
    /** An {@code ActionHandler} or a {@code FilterHandler}, as {@link #slot}'s kind says. */
    final Object handler;
    final StatsRecorder stats;

    /** Set when the handler is unregistered: a dispatch that has not reached it yet skips it. */
    volatile boolean removed;
    /** Set when the handler overran its budget: from then on it runs away from the dispatching thread. */
    volatile boolean isolated;
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
        return new HandlerInfo(slot.name, slot.kind, plugin, id, priority, sequence, isolated);
    }

    String describe() {
        return slot.kind + " '" + slot.name + "' handler '" + id + "' of plugin '" + plugin + "'";
    }
}
