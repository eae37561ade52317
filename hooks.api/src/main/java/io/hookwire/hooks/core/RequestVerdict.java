package io.hookwire.hooks.core;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The one mutable part of {@code http:request}: a handler that wants the request refused says so here. The first
 * rejection wins; the host answers it instead of running the resource.
 */
public final class RequestVerdict {
    /** A refusal: the status to answer, a machine-readable code and a message for people. */
    public record Rejection(int status, String code, String message) {
        public Rejection {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("a rejection needs a 4xx or 5xx status, not " + status);
            }
        }
    }

    private final AtomicReference<Rejection> rejection = new AtomicReference<>();

    /** Refuses the request. Does nothing when it was already refused. */
    public void reject(int status, String code, String message) {
        rejection.compareAndSet(null, new Rejection(status, code, message));
    }

    /** The refusal, if a handler refused the request. */
    public Optional<Rejection> rejection() {
        return Optional.ofNullable(rejection.get());
    }
}
