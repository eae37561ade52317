package io.hookwire.notes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hookwire.notes.Note;

class NoteRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00.123456Z");

    private final TestDatabase db;
    private final NoteRepository notes;
    private final AttachmentRepository attachments;

    NoteRepositoryTest() throws Exception {
        db = new TestDatabase();
        notes = new NoteRepository(db.dataSource());
        attachments = new AttachmentRepository(db.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    private Note note(String id, String owner, String team, int minute) throws Exception {
        Instant at = T0.plusSeconds(60L * minute);
        Note note = new Note(id, owner, team, "title " + id, "body of " + id, at, at, null);
        notes.insert(note);
        return note;
    }

    private static List<String> ids(List<Note> list) {
        return list.stream().map(Note::id).toList();
    }

    @Test
    void aNoteReadsBackEqual() throws Exception {
        Note stored = note("n1", "ada", "t1", 0);
        assertThat(notes.find("n1")).contains(stored);
        assertThat(notes.find("nope")).isEmpty();
    }

    @Test
    void aUserSeesTheirOwnNotesAndTheirCurrentTeamsNewestFirst() throws Exception {
        note("ada-personal", "ada", null, 0);
        note("ada-in-t1", "ada", "t1", 1);
        note("lin-in-t1", "lin", "t1", 2);
        note("lin-in-t2", "lin", "t2", 3);
        note("lin-personal", "lin", null, 4);

        assertThat(ids(notes.visibleTo("ada", null, false, 50, 0))).containsExactly("ada-in-t1", "ada-personal");
        assertThat(ids(notes.visibleTo("ada", "t1", false, 50, 0)))
                .containsExactly("lin-in-t1", "ada-in-t1", "ada-personal");
        assertThat(ids(notes.visibleTo("ada", "t2", false, 50, 0)))
                .containsExactly("lin-in-t2", "ada-in-t1", "ada-personal");
        assertThat(ids(notes.visibleTo("lin", "t1", false, 2, 1))).containsExactly("lin-in-t2", "lin-in-t1");
    }

    @Test
    void theTrashIsListedApart() throws Exception {
        note("kept", "ada", null, 0);
        note("trashed", "ada", null, 1);
        assertThat(notes.setTrashed("trashed", T0.plusSeconds(600))).isTrue();
        assertThat(ids(notes.visibleTo("ada", null, false, 50, 0))).containsExactly("kept");
        assertThat(ids(notes.visibleTo("ada", null, true, 50, 0))).containsExactly("trashed");
        assertThat(notes.find("trashed").orElseThrow().trashedAt()).isEqualTo(T0.plusSeconds(600));

        assertThat(notes.setTrashed("trashed", null)).isTrue();
        assertThat(notes.find("trashed").orElseThrow().trashed()).isFalse();
        assertThat(notes.setTrashed("missing", T0)).isFalse();
    }

    @Test
    void anUpdateChangesTitleBodyTeamAndTimeOnly() throws Exception {
        Note before = note("n1", "ada", "t1", 0);
        Instant later = T0.plusSeconds(3600);
        assertThat(notes.update("n1", "new title", "new body", null, later)).isTrue();
        assertThat(notes.find("n1")).contains(new Note("n1", "ada", null, "new title", "new body",
                before.createdAt(), later, null));
        assertThat(notes.update("missing", "x", "y", null, later)).isFalse();
    }

    @Test
    void theOldTrashIsFoundOldestFirstAndDeletingTakesTheAttachmentsAlong() throws Exception {
        note("a", "ada", null, 0);
        note("b", "ada", null, 0);
        note("c", "ada", null, 0);
        notes.setTrashed("a", T0.plusSeconds(20));
        notes.setTrashed("b", T0.plusSeconds(10));
        notes.setTrashed("c", T0.plusSeconds(99));
        assertThat(ids(notes.trashedBefore(T0.plusSeconds(30), 10))).containsExactly("b", "a");
        assertThat(ids(notes.trashedBefore(T0.plusSeconds(30), 1))).containsExactly("b");

        attachments.save(new Attachment("a", "x.txt", "text/plain", 3, "ada", T0));
        attachments.save(new Attachment("a", "y.txt", "text/plain", 4, "ada", T0));
        attachments.save(new Attachment("b", "x.txt", "text/plain", 5, "ada", T0));
        assertThat(notes.delete("a")).isTrue();
        assertThat(notes.delete("a")).isFalse();
        assertThat(count("plugin_notes__attachments")).isEqualTo(1);
        assertThat(attachments.list("b")).extracting(Attachment::size).containsExactly(5L);
    }

    @Test
    void anAttachmentOfTheSameNameIsReplaced() throws Exception {
        note("n", "ada", null, 0);
        attachments.save(new Attachment("n", "a.txt", "text/plain", 3, "ada", T0));
        Attachment replacement = new Attachment("n", "a.txt", "text/markdown", 9, "lin", T0.plusSeconds(5));
        attachments.save(replacement);
        assertThat(attachments.list("n")).containsExactly(replacement);
        assertThat(attachments.find("n", "a.txt")).contains(replacement);
        assertThat(attachments.delete("n", "a.txt")).isTrue();
        assertThat(attachments.find("n", "a.txt")).isEmpty();
    }

    private long count(String table) throws Exception {
        try (Connection c = db.dataSource().getConnection(); var s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
