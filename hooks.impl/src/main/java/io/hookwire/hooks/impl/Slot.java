package io.hookwire.hooks.impl;

import io.hookwire.hooks.HookKind;

/**
 * One hook: its handlers in run order, as an immutable array that is replaced, never changed, and its budget.
 * Dispatch reads both without a lock.
 */
final class Slot {
    static final Entry[] EMPTY = new Entry[0];

    final String name;
    final HookKind kind;
    /** Counts this hook's dispatches per thread (see {@link DispatchContext#count(int)}), to decide which are timed. */
    final int counter;
    /** The handlers in run order. Replaced under the table's lock; never modified. */
    volatile Entry[] entries = EMPTY;
    /** The time budget of each callback in nanoseconds; 0 means none. */
    volatile long budgetNanos;

    Slot(String name, HookKind kind, int counter, long budgetNanos) {
        this.name = name;
        this.kind = kind;
        this.counter = counter;
        this.budgetNanos = budgetNanos;
    }
}
