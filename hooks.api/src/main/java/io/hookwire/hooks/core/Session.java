package io.hookwire.hooks.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session.
 *
 * @param id the session id (never the secret cookie value)
 * @param userId the user it belongs to
 * @param createdAt when it started
 * @param expiresAt when it ends
 */
public record Session(String id, String userId, Instant createdAt, Instant expiresAt) {
    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
    }
}
