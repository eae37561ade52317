package io.hookwire.notes;

import java.time.Instant;
import java.util.Objects;

/**
 * A note: the payload of the Notes plugin's actions, and the context of {@code notes:render}.
 *
 * @param id its id (a UUID)
 * @param ownerId the user who wrote it
 * @param teamId the team it is shared with (the writer's current team when it was written), or {@code null} for a
 *     personal note
 * @param title its title, 1 to 200 characters
 * @param body its text, at most 100 KB in UTF-8, as stored (before {@code notes:render})
 * @param createdAt when it was written
 * @param updatedAt when its title or body last changed
 * @param trashedAt when it was moved to the trash, or {@code null}
 */
public record Note(String id, String ownerId, String teamId, String title, String body, Instant createdAt,
        Instant updatedAt, Instant trashedAt) {
    public Note {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    /** Whether it is in the trash. */
    public boolean trashed() {
        return trashedAt != null;
    }

    /** The same note, in the trash since {@code when}, or out of it ({@code null}). */
    public Note withTrashedAt(Instant when) {
        return new Note(id, ownerId, teamId, title, body, createdAt, updatedAt, when);
    }

    /** The same note with another body, as {@code notes:render} shows it. */
    public Note withBody(String newBody) {
        return new Note(id, ownerId, teamId, title, newBody, createdAt, updatedAt, trashedAt);
    }
}
