package io.hookwire.host.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

import io.hookwire.hooks.core.OutboxMessage;

/** hookwire_outbox: messages the host wants sent, in the caller's transaction. */
final class OutboxTable {
    static final int BODY_MAX = 4000;
    static final int SUBJECT_MAX = 200;

    private OutboxTable() {}

    static OutboxMessage insert(Connection c, String to, String subject, String body, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_outbox (recipient, subject, body,"
                + " created_at) values (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, to);
            s.setString(2, cut(subject, SUBJECT_MAX));
            s.setString(3, cut(body, BODY_MAX));
            s.setTimestamp(4, Timestamp.from(at));
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database gave no id for the new outbox message");
                }
                return new OutboxMessage(keys.getLong(1), to, cut(subject, SUBJECT_MAX), cut(body, BODY_MAX), at);
            }
        }
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
