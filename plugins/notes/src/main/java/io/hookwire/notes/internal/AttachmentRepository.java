package io.hookwire.notes.internal;

import static io.hookwire.notes.internal.NoteRepository.bind;
import static io.hookwire.notes.internal.NoteRepository.instant;
import static io.hookwire.notes.internal.NoteRepository.timestamp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

/** The table {@code plugin_notes__attachments}: one row per file, keyed by note and name. Thread-safe. */
final class AttachmentRepository {
    static final String TABLE = "plugin_notes__attachments";
    private static final String COLUMNS = "note_id, name, content_type, size_bytes, uploaded_by, created_at";

    private final DataSource dataSource;

    AttachmentRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the attachment, replacing the one of the same name on the same note. */
    void save(Attachment a) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                execute(c, "DELETE FROM " + TABLE + " WHERE note_id = ? AND name = ?", a.noteId(), a.name());
                execute(c, "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)", a.noteId(),
                        a.name(), a.contentType(), a.size(), a.uploadedBy(), timestamp(a.createdAt()));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    Optional<Attachment> find(String noteId, String name) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE note_id = ? AND name = ?", noteId, name)
                .stream().findFirst();
    }

    /** A note's attachments, by name. */
    List<Attachment> list(String noteId) throws SQLException {
        return query("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE note_id = ? ORDER BY name", noteId);
    }

    boolean delete(String noteId, String name) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return execute(c, "DELETE FROM " + TABLE + " WHERE note_id = ? AND name = ?", noteId, name) == 1;
        }
    }

    private static int execute(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        }
    }

    private List<Attachment> query(String sql, Object... params) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            List<Attachment> found = new ArrayList<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    found.add(new Attachment(rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getLong(4), rows.getString(5), instant(rows, 6)));
                }
            }
            return found;
        }
    }
}
