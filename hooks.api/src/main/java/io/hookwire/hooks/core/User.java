package io.hookwire.hooks.core;

import java.time.Instant;
import java.util.Objects;

/**
 * A user account.
 *
 * @param id the stable user id
 * @param email the e-mail address
 * @param displayName the name shown to others
 * @param createdAt when the account was created
 */
public record User(String id, String email, String displayName, Instant createdAt) {
    public User {
        Objects.requireNonNull(id, "id");
    }
}
