package io.hookwire.host.accounts;

import java.time.Duration;
import java.util.Map;

import io.hookwire.api.rest.ApiException;

/** A 429: too many failed attempts lately. The REST layer adds the {@code Retry-After} header. */
public final class TooManyAttempts extends ApiException {
    private static final long serialVersionUID = 1L;

    private final long retryAfterSeconds;

    public TooManyAttempts(String what, Duration retryAfter) {
        this(what, Math.max(1, (retryAfter.toMillis() + 999) / 1000));
    }

    private TooManyAttempts(String what, long seconds) {
        super(429, "too_many_attempts", "too many failed " + what + "; try again in " + seconds + " s",
                Map.of("retryAfterSeconds", seconds));
        this.retryAfterSeconds = seconds;
    }

    /** Whole seconds, at least 1. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
