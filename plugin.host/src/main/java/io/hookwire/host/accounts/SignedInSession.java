package io.hookwire.host.accounts;

import java.time.Instant;

import io.hookwire.hooks.core.Session;
import io.hookwire.hooks.core.User;

/**
 * A session found by its cookie, and its user.
 *
 * @param mfaPending whether it still waits for the one-time code: then it signs nobody in
 */
public record SignedInSession(User user, Session session, boolean mfaPending) {
    /** Whether it has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !session.expiresAt().isAfter(now);
    }
}
