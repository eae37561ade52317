package io.hookwire.notes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.drive.DriveEntry;
import io.hookwire.api.rest.ApiException;
import io.hookwire.notes.Note;

/**
 * The files attached to notes: the bytes in the plugin's Drive under {@code attachments/<noteId>/<name>}, what is
 * known of them in {@code plugin_notes__attachments}. Whoever sees a note sees its files; whoever may change it may
 * attach and detach them. Thread-safe.
 */
final class AttachmentService {
    private final NotesService notes;
    private final AttachmentRepository attachments;
    private final Drive drive;
    private final Clock clock;

    AttachmentService(NotesService notes, AttachmentRepository attachments, Drive drive, Clock clock) {
        this.notes = notes;
        this.attachments = attachments;
        this.drive = drive;
        this.clock = clock;
    }

    /** An attachment and its bytes, for a download; the caller closes the stream. */
    record Download(Attachment attachment, InputStream content) {}

    /**
     * Stores a file on a note, streaming it into the Drive, replacing a file of the same name.
     *
     * @throws ApiException 400 for a bad name, 409 for a note in the trash, 413 (from the Drive) for a file over
     *     its size limit: then nothing changed
     */
    Attachment attach(Access access, String noteId, String fileName, String contentType, InputStream content)
            throws IOException {
        Note note = notes.changeable(access, noteId);
        String name = FileNames.check("name", fileName);
        if (note.trashed()) {
            throw NotesService.conflict(noteId, "the note is in the trash; restore it before attaching files");
        }
        boolean replacing = Sql.call("read the attachment", () -> attachments.find(noteId, name)).isPresent();
        Attachment pending = new Attachment(noteId, name, FileNames.contentType(contentType), 0, access.userId(),
                NoteRepository.stored(clock.instant()));
        DriveEntry stored = drive.put(pending.drivePath(), content);
        Attachment attachment = new Attachment(noteId, name, pending.contentType(), stored.size(),
                pending.uploadedBy(), pending.createdAt());
        try {
            Sql.call("store the attachment", () -> {
                attachments.save(attachment);
                return null;
            });
        } catch (RuntimeException e) {
            if (!replacing) {
                drive.delete(attachment.drivePath());
            }
            throw e;
        }
        return attachment;
    }

    List<Attachment> list(Access access, String noteId) {
        notes.seen(access, noteId);
        return Sql.call("list the attachments", () -> attachments.list(noteId));
    }

    Download open(Access access, String noteId, String name) throws IOException {
        notes.seen(access, noteId);
        Attachment attachment = find(noteId, name);
        return new Download(attachment, drive.open(attachment.drivePath()));
    }

    void detach(Access access, String noteId, String name) throws IOException {
        notes.changeable(access, noteId);
        Attachment attachment = find(noteId, name);
        Sql.call("delete the attachment", () -> attachments.delete(noteId, attachment.name()));
        drive.delete(attachment.drivePath());
    }

    private Attachment find(String noteId, String name) {
        return Sql.call("read the attachment", () -> attachments.find(noteId, name))
                .orElseThrow(() -> ApiException.notFound("attachment", name));
    }
}
