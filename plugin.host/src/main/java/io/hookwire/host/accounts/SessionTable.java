package io.hookwire.host.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import io.hookwire.hooks.core.Session;
import io.hookwire.hooks.core.User;

/** hookwire_session, in the caller's transaction. Only the hash of a session's secret is kept. */
final class SessionTable {
    private SessionTable() {}

    static void insert(Connection c, Session session, String tokenHash, boolean mfaPending) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_session (id, token_hash, user_id,"
                + " created_at, expires_at, mfa_pending) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, session.id());
            s.setString(2, tokenHash);
            s.setString(3, session.userId());
            s.setTimestamp(4, Timestamp.from(session.createdAt()));
            s.setTimestamp(5, Timestamp.from(session.expiresAt()));
            s.setBoolean(6, mfaPending);
            s.executeUpdate();
        }
    }

    /** The session whose secret hashes to {@code tokenHash}, with its user, expired or not. */
    static Optional<SignedInSession> find(Connection c, String tokenHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select s.id, s.user_id, s.created_at, s.expires_at,"
                + " s.mfa_pending, u.email, u.display_name, u.created_at from hookwire_session s join hookwire_user u"
                + " on u.id = s.user_id where s.token_hash = ?")) {
            s.setString(1, tokenHash);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                Session session = new Session(r.getString(1), r.getString(2), r.getTimestamp(3).toInstant(),
                        r.getTimestamp(4).toInstant());
                User user = new User(r.getString(2), r.getString(6), r.getString(7), r.getTimestamp(8).toInstant());
                return Optional.of(new SignedInSession(user, session, r.getBoolean(5)));
            }
        }
    }

    static int delete(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from hookwire_session where id = ?")) {
            s.setString(1, id);
            return s.executeUpdate();
        }
    }

    static int deleteAllOf(Connection c, String userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from hookwire_session where user_id = ?")) {
            s.setString(1, userId);
            return s.executeUpdate();
        }
    }

    /** Ends the user's sessions that have expired: signing in tidies up after the user. */
    static int deleteExpired(Connection c, String userId, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from hookwire_session where user_id = ? and"
                + " expires_at <= ?")) {
            s.setString(1, userId);
            s.setTimestamp(2, Timestamp.from(now));
            return s.executeUpdate();
        }
    }
}
