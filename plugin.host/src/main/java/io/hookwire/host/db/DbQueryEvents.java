package io.hookwire.host.db;

import java.util.List;

import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.DbQuery;

/**
 * Fires {@code db:query} for the statement wrappers of {@link HookedDataSource}, and tells them whether to bother.
 *
 * <p>{@link #active()} is the wrappers' only cost when nobody listens: one registry look-up, no allocation. A
 * statement run by a {@code db:query} handler on the dispatching thread is not reported (a thread-local guard):
 * otherwise a handler that writes to the database would fire the hook again for its own statement, endlessly. A
 * handler that hands its queries to another thread is not guarded; it would see them. Thread-safe.
 */
final class DbQueryEvents {
    /** Set on a thread while it dispatches {@code db:query}. Static: one guard per thread, whatever the pool. */
    private static final ThreadLocal<Boolean> DISPATCHING = new ThreadLocal<>();

    private final Hooks hooks;

    DbQueryEvents(Hooks hooks) {
        this.hooks = hooks;
    }

    /** Whether a statement run now is reported: someone listens, and this thread is not one of their handlers. */
    boolean active() {
        return hooks.hasHandlers(CoreHooks.DB_QUERY) && DISPATCHING.get() == null;
    }

    /** Reports a statement that ran (or failed) after {@code elapsedNanos}. */
    void fire(String sql, List<Object> bindings, long elapsedNanos) {
        DISPATCHING.set(Boolean.TRUE);
        try {
            hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery(sql == null ? "" : sql, bindings, elapsedNanos));
        } finally {
            DISPATCHING.remove();
        }
    }
}
