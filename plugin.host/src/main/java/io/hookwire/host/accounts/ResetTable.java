package io.hookwire.host.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** hookwire_password_reset, in the caller's transaction. Only the hash of a token is kept. */
final class ResetTable {
    private ResetTable() {}

    static void insert(Connection c, String tokenHash, String userId, Instant createdAt, Instant expiresAt)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_password_reset (token_hash, user_id,"
                + " created_at, expires_at) values (?, ?, ?, ?)")) {
            s.setString(1, tokenHash);
            s.setString(2, userId);
            s.setTimestamp(3, Timestamp.from(createdAt));
            s.setTimestamp(4, Timestamp.from(expiresAt));
            s.executeUpdate();
        }
    }

    /**
     * Uses the token: marks it used and returns its user, when it exists, has not expired and was not used before.
     * The update is conditional, so of two requests with the same token only one gets the user.
     */
    static Optional<String> use(Connection c, String tokenHash, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_password_reset set used_at = ? where"
                + " token_hash = ? and used_at is null and expires_at > ?")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, tokenHash);
            s.setTimestamp(3, Timestamp.from(now));
            if (s.executeUpdate() != 1) {
                return Optional.empty();
            }
        }
        try (PreparedStatement s = c.prepareStatement("select user_id from hookwire_password_reset where"
                + " token_hash = ?")) {
            s.setString(1, tokenHash);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        }
    }

    /** Ends the user's other tokens: a reset, once done, leaves no other link that works. */
    static void retireAllOf(Connection c, String userId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_password_reset set used_at = ? where"
                + " user_id = ? and used_at is null")) {
            s.setTimestamp(1, Timestamp.from(now));
            s.setString(2, userId);
            s.executeUpdate();
        }
    }
}
