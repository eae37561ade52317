package io.hookwire.notes.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import io.hookwire.notes.Note;

/**
 * The table {@code plugin_notes__notes}. Times are kept to the microsecond, what H2 and PostgreSQL both store, so
 * that a note reads back equal to what was written. Each call is one statement in auto-commit. Thread-safe.
 */
final class NoteRepository {
    static final String TABLE = "plugin_notes__notes";
    private static final String COLUMNS = "id, owner_id, team_id, title, body, created_at, updated_at, trashed_at";

    private final DataSource dataSource;

    NoteRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The time as it will be stored. */
    static Instant stored(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    void insert(Note note) throws SQLException {
        String sql = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, note.id());
            s.setString(2, note.ownerId());
            s.setString(3, note.teamId());
            s.setString(4, note.title());
            s.setString(5, note.body());
            s.setObject(6, timestamp(note.createdAt()));
            s.setObject(7, timestamp(note.updatedAt()));
            s.setObject(8, timestamp(note.trashedAt()));
            s.executeUpdate();
        }
    }

    Optional<Note> find(String id) throws SQLException {
        List<Note> found = query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = ?", id);
        return found.stream().findFirst();
    }

    /**
     * The notes a user sees: their own, and their current team's; in the trash or not; most recently changed first.
     *
     * @param teamId the current team, or {@code null}
     */
    List<Note> visibleTo(String userId, String teamId, boolean trashed, int limit, int offset) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM " + TABLE
                + " WHERE (owner_id = ?" + (teamId == null ? "" : " OR team_id = ?") + ")"
                + " AND trashed_at IS " + (trashed ? "NOT NULL" : "NULL")
                + " ORDER BY updated_at DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
        return teamId == null ? query(sql, userId, offset, limit) : query(sql, userId, teamId, offset, limit);
    }

    /** Sets the title, body, team and update time; returns whether the note exists. */
    boolean update(String id, String title, String body, String teamId, Instant updatedAt) throws SQLException {
        return execute("UPDATE " + TABLE + " SET title = ?, body = ?, team_id = ?, updated_at = ? WHERE id = ?",
                title, body, teamId, timestamp(updatedAt), id) == 1;
    }

    /** Moves a note to the trash ({@code trashedAt}) or back ({@code null}); returns whether it exists. */
    boolean setTrashed(String id, Instant trashedAt) throws SQLException {
        return execute("UPDATE " + TABLE + " SET trashed_at = ? WHERE id = ?", timestamp(trashedAt), id) == 1;
    }

    /** Deletes a note; its attachments' rows go with it (the foreign key cascades). */
    boolean delete(String id) throws SQLException {
        return execute("DELETE FROM " + TABLE + " WHERE id = ?", id) == 1;
    }

    /** The notes moved to the trash before {@code cutoff}, oldest first, at most {@code limit}. */
    List<Note> trashedBefore(Instant cutoff, int limit) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE trashed_at < ? ORDER BY trashed_at, id"
                + " FETCH FIRST ? ROWS ONLY", timestamp(cutoff), limit);
    }

    private int execute(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    private List<Note> query(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<Note> notes = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    notes.add(new Note(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), instant(rows, 6), instant(rows, 7), instant(rows, 8)));
                }
            }
            return notes;
        }
    }

    static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(stored(instant), ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rows, int column) throws SQLException {
        OffsetDateTime t = rows.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
