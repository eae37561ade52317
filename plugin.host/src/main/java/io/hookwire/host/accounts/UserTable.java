package io.hookwire.host.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import io.hookwire.hooks.core.User;

/** hookwire_user, in the caller's transaction. */
public final class UserTable {
    private static final String COLUMNS = "id, email, display_name, created_at, password_hash, mfa_enabled,"
            + " mfa_secret, mfa_pending_secret, mfa_last_step";

    private UserTable() {}

    static void insert(Connection c, User user, String passwordHash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_user (id, email, display_name,"
                + " password_hash, created_at, mfa_enabled) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, user.id());
            s.setString(2, user.email());
            s.setString(3, user.displayName());
            s.setString(4, passwordHash);
            s.setTimestamp(5, Timestamp.from(user.createdAt()));
            s.setBoolean(6, false);
            s.executeUpdate();
        }
    }

    /** The account with this e-mail address (lower case). */
    public static Optional<Account> byEmail(Connection c, String email) throws SQLException {
        return one(c, "email", email);
    }

    public static Optional<Account> byId(Connection c, String id) throws SQLException {
        return one(c, "id", id);
    }

    private static Optional<Account> one(Connection c, String column, String value) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + COLUMNS + " from hookwire_user where " + column
                + " = ?")) {
            s.setString(1, value);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                User user = new User(r.getString(1), r.getString(2), r.getString(3), r.getTimestamp(4).toInstant());
                long lastStep = r.getLong(9);
                return Optional.of(new Account(user, r.getString(5), r.getBoolean(6), r.getString(7), r.getString(8),
                        r.wasNull() ? Long.MIN_VALUE : lastStep));
            }
        }
    }

    static void setPassword(Connection c, String id, String passwordHash) throws SQLException {
        update(c, "update hookwire_user set password_hash = ? where id = ?", passwordHash, id);
    }

    static void setPendingSecret(Connection c, String id, String secret) throws SQLException {
        update(c, "update hookwire_user set mfa_pending_secret = ? where id = ?", secret, id);
    }

    /** Turns MFA on with the pending secret, remembering the step of the code that confirmed it. */
    static void enableMfa(Connection c, String id, long step) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_user set mfa_enabled = ?, mfa_secret ="
                + " mfa_pending_secret, mfa_pending_secret = null, mfa_last_step = ? where id = ?")) {
            s.setBoolean(1, true);
            s.setLong(2, step);
            s.setString(3, id);
            s.executeUpdate();
        }
    }

    /**
     * Records that the code of {@code step} was used; false when that step (or a later one) already was, by a
     * request that got there first.
     */
    static boolean useStep(Connection c, String id, long step) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_user set mfa_last_step = ? where id = ? and"
                + " (mfa_last_step is null or mfa_last_step < ?)")) {
            s.setLong(1, step);
            s.setString(2, id);
            s.setLong(3, step);
            return s.executeUpdate() == 1;
        }
    }

    private static void update(Connection c, String sql, String value, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, value);
            s.setString(2, id);
            s.executeUpdate();
        }
    }
}
