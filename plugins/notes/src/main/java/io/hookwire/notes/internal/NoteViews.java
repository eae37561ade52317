package io.hookwire.notes.internal;

import java.time.Instant;
import java.util.List;

import io.hookwire.notes.Note;

/** The JSON shapes of the notes API that are not a {@link Note} itself. */
public final class NoteViews {
    private NoteViews() {}

    /** A note in a listing: everything but the body. */
    public record NoteSummary(String id, String ownerId, String teamId, String title, Instant createdAt,
            Instant updatedAt, Instant trashedAt) {
        static NoteSummary of(Note n) {
            return new NoteSummary(n.id(), n.ownerId(), n.teamId(), n.title(), n.createdAt(), n.updatedAt(),
                    n.trashedAt());
        }
    }

    /** {@code GET /api/v1/notes}. */
    public record NoteList(List<NoteSummary> notes, int limit, int offset) {}

    /** {@code GET /api/v1/notes/{id}/attachments}. */
    public record AttachmentList(List<Attachment> attachments) {}
}
