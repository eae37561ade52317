package io.hookwire.notes.internal;

import static io.hookwire.notes.internal.NotesServiceTest.ADA;
import static io.hookwire.notes.internal.NotesServiceTest.LIN;
import static io.hookwire.notes.internal.NotesServiceTest.NOW;
import static io.hookwire.notes.internal.NotesServiceTest.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hookwire.api.rest.ApiException;
import io.hookwire.notes.Note;
import io.hookwire.hooks.impl.PluginHooks;

class AttachmentServiceTest {
    @TempDir
    Path driveRoot;

    private final TestDatabase db;
    private final PluginHooks hooks = PluginHooks.standalone("notes");
    private NotesService notes;
    private AttachmentService attachments;
    private Note note;

    AttachmentServiceTest() throws Exception {
        db = new TestDatabase();
    }

    @BeforeEach
    void start() {
        TempDrive drive = new TempDrive(driveRoot, 64);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        notes = new NotesService(new NoteRepository(db.dataSource()), drive, new NoteEvents(hooks), clock);
        attachments = new AttachmentService(notes, new AttachmentRepository(db.dataSource()), drive, clock);
        note = notes.create(member(ADA, "t-1"), new NoteInput("with files", "", true));
    }

    @AfterEach
    void close() throws Exception {
        hooks.close();
        db.close();
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static void fails(ThrowingCall call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            if (field != null) {
                assertThat(e.details()).containsEntry("field", field);
            }
        });
    }

    interface ThrowingCall {
        void run() throws Exception;
    }

    @Test
    void anUploadIsStoredListedDownloadedAndDeleted() throws Exception {
        Attachment stored = attachments.attach(member(ADA, "t-1"), note.id(), " notes.md ", "text/markdown",
                text("# hi"));
        assertThat(stored).isEqualTo(new Attachment(note.id(), "notes.md", "text/markdown", 4, "u-ada", NOW));
        assertThat(Files.readString(driveRoot.resolve("attachments/" + note.id() + "/notes.md"))).isEqualTo("# hi");
        // a team member sees the files of a team note
        assertThat(attachments.list(member(LIN, "t-1"), note.id())).containsExactly(stored);
        try (InputStream in = attachments.open(member(LIN, "t-1"), note.id(), "notes.md").content()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("# hi");
        }
        // but may not remove them
        fails(() -> attachments.detach(member(LIN, "t-1"), note.id(), "notes.md"), 403, null);

        attachments.detach(member(ADA, "t-1"), note.id(), "notes.md");
        assertThat(attachments.list(member(ADA, "t-1"), note.id())).isEmpty();
        assertThat(Files.exists(driveRoot.resolve("attachments/" + note.id() + "/notes.md"))).isFalse();
        fails(() -> attachments.open(member(ADA, "t-1"), note.id(), "notes.md"), 404, null);
    }

    @Test
    void aSecondUploadOfTheSameNameReplacesTheFirst() throws Exception {
        attachments.attach(member(ADA, "t-1"), note.id(), "a.txt", "text/plain", text("one"));
        attachments.attach(member(ADA, "t-1"), note.id(), "a.txt", null, text("second"));
        assertThat(attachments.list(member(ADA, "t-1"), note.id())).singleElement()
                .extracting(Attachment::size, Attachment::contentType).containsExactly(6L, "application/octet-stream");
    }

    @Test
    void badNamesAreRefusedAndNothingIsWritten() throws Exception {
        for (String bad : new String[] {null, " ", "..", ".", "../../etc/passwd", "a/b.txt", "a\\b.txt", "x\u0000y",
                "n".repeat(256)}) {
            fails(() -> attachments.attach(member(ADA, "t-1"), note.id(), bad, "text/plain", text("x")), 400, "name");
        }
        assertThat(Files.exists(driveRoot.resolve("attachments"))).isFalse();
    }

    @Test
    void aFileOverTheDrivesLimitIsRefusedAndTheOldOneStays() throws Exception {
        attachments.attach(member(ADA, "t-1"), note.id(), "a.txt", "text/plain", text("small"));
        fails(() -> attachments.attach(member(ADA, "t-1"), note.id(), "a.txt", "text/plain", text("x".repeat(65))),
                413, null);
        assertThat(attachments.list(member(ADA, "t-1"), note.id())).singleElement().extracting(Attachment::size)
                .isEqualTo(5L);
        assertThat(Files.readString(driveRoot.resolve("attachments/" + note.id() + "/a.txt"))).isEqualTo("small");
    }

    @Test
    void strangersSeeNothingAndTrashedNotesTakeNoFiles() throws Exception {
        fails(() -> attachments.list(member(LIN, null), note.id()), 404, null);
        fails(() -> attachments.attach(member(LIN, "t-2"), note.id(), "a.txt", "text/plain", text("x")), 404, null);
        notes.trash(member(ADA, "t-1"), note.id());
        fails(() -> attachments.attach(member(ADA, "t-1"), note.id(), "a.txt", "text/plain", text("x")), 409, null);
    }

    @Test
    void contentTypesThatAreNotMediaTypesBecomeOctetStream() {
        assertThat(FileNames.contentType("text/plain; charset=UTF-8")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(FileNames.contentType("nonsense")).isEqualTo("application/octet-stream");
        assertThat(FileNames.contentType("text/")).isEqualTo("application/octet-stream");
        assertThat(FileNames.contentType("text/plain\r\nX-Evil: 1")).isEqualTo("application/octet-stream");
    }
}
