package io.hookwire.host.bouncer;

import io.hookwire.api.auth.Caller;

/**
 * The caller of the request the current thread serves: set by {@link CallerFilter} before the request is matched,
 * cleared after the response. Outside a request it is anonymous. Host-internal: plugins ask the
 * {@link io.hookwire.api.auth.Bouncer}.
 */
public final class CurrentCaller {
    private static final ThreadLocal<Caller> CALLER = new ThreadLocal<>();

    private CurrentCaller() {}

    /** The current caller; anonymous outside a request. */
    public static Caller get() {
        Caller caller = CALLER.get();
        return caller == null ? Caller.anonymous() : caller;
    }

    static void set(Caller caller) {
        CALLER.set(caller);
    }

    static void clear() {
        CALLER.remove();
    }

    /** Runs {@code work} as {@code caller}, and restores the caller from before (for tests and background work). */
    public static void runAs(Caller caller, Runnable work) {
        Caller before = CALLER.get();
        CALLER.set(caller);
        try {
            work.run();
        } finally {
            if (before == null) {
                CALLER.remove();
            } else {
                CALLER.set(before);
            }
        }
    }
}
