package io.hookwire.hooks.impl;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToLongFunction;

import io.hookwire.hooks.HookKind;

/**
 * The hooks of one kind, by name. Writers (register, unregister) serialise on this table and publish a new
 * immutable handler array; readers (dispatch) read the current array and never block.
 */
final class HookTable {
    private final HookKind kind;
    private final ConcurrentHashMap<String, Slot> slots = new ConcurrentHashMap<>();
    private final ToLongFunction<String> budgetOf;
    private final DispatchContexts contexts;

    HookTable(HookKind kind, ToLongFunction<String> budgetOf, DispatchContexts contexts) {
        this.kind = kind;
        this.budgetOf = budgetOf;
        this.contexts = contexts;
    }

    /** The slot of a hook, or {@code null} when nothing was ever registered for it. */
    Slot find(String hook) {
        return slots.get(hook);
    }

    /** The slot of a hook, created when needed. */
    Slot slot(String hook) {
        return slots.computeIfAbsent(hook, name -> new Slot(name, kind, contexts.newIndex(), budgetOf.applyAsLong(name)));
    }

    synchronized void add(Entry entry) {
        Entry[] current = entry.slot.entries;
        int at = Arrays.binarySearch(current, entry, Entry::compare);
        int insertion = at >= 0 ? at : -at - 1;
        Entry[] next = new Entry[current.length + 1];
        System.arraycopy(current, 0, next, 0, insertion);
        next[insertion] = entry;
        System.arraycopy(current, insertion, next, insertion + 1, current.length - insertion);
        entry.slot.entries = next;
    }

    /** Removes the entry; returns whether it was there. */
    synchronized boolean remove(Entry entry) {
        Entry[] current = entry.slot.entries;
        int at = -1;
        for (int i = 0; i < current.length; i++) {
            if (current[i] == entry) {
                at = i;
                break;
            }
        }
        if (at < 0) {
            return false;
        }
        entry.mark(Entry.REMOVED);
        Entry[] next = new Entry[current.length - 1];
        System.arraycopy(current, 0, next, 0, at);
        System.arraycopy(current, at + 1, next, at, current.length - at - 1);
        entry.slot.entries = next;
        return true;
    }

    /** Applies new budgets to every hook. */
    void rebudget() {
        for (Slot slot : slots.values()) {
            slot.budgetNanos = budgetOf.applyAsLong(slot.name);
        }
    }

    /** The slots that have at least one handler. */
    List<Slot> active() {
        List<Slot> result = new ArrayList<>();
        for (Slot slot : slots.values()) {
            if (slot.entries.length > 0) {
                result.add(slot);
            }
        }
        return result;
    }

    Collection<Slot> all() {
        return slots.values();
    }

    /** Sets {@code bit} on the entries whose plugin {@code on} accepts, and clears it on the others. */
    synchronized void markPlugins(int bit, java.util.function.Predicate<String> on) {
        for (Slot slot : slots.values()) {
            for (Entry entry : slot.entries) {
                if (on.test(entry.plugin)) {
                    entry.mark(bit);
                } else {
                    entry.unmark(bit);
                }
            }
        }
    }
}
