package io.hookwire.greeter.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** The table {@code plugin_user_greeter__greetings}. One statement per call, in auto-commit. Thread-safe. */
final class GreetingStore {
    static final String TABLE = "plugin_user_greeter__greetings";
    /** The widths of the columns: longer values are cut, never refused. */
    static final int NAME_WIDTH = 200;
    static final int MESSAGE_WIDTH = 2000;

    private final DataSource dataSource;

    GreetingStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    StoredGreeting add(String userId, String name, String message, Instant at) throws SQLException {
        Instant when = at.truncatedTo(ChronoUnit.MICROS);
        String n = cut(name, NAME_WIDTH);
        String m = cut(message, MESSAGE_WIDTH);
        String sql = "INSERT INTO " + TABLE + " (user_id, name, message, greeted_at) VALUES (?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, userId);
            insert.setString(2, n);
            insert.setString(3, m);
            insert.setObject(4, OffsetDateTime.ofInstant(when, ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return new StoredGreeting(keys.getLong(1), userId, n, m, when);
            }
        }
    }

    /** The latest greetings, newest first. */
    List<StoredGreeting> latest(int limit) throws SQLException {
        String sql = "SELECT id, user_id, name, message, greeted_at FROM " + TABLE
                + " ORDER BY id DESC FETCH FIRST ? ROWS ONLY";
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            select.setInt(1, limit);
            List<StoredGreeting> greetings = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    greetings.add(new StoredGreeting(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return greetings;
        }
    }

    private static String cut(String value, int width) {
        return value.length() <= width ? value : value.substring(0, width);
    }
}
