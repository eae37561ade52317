package io.hookwire.notes.internal;

import java.time.Instant;

/**
 * A file attached to a note, stored in the plugin's Drive at {@link #drivePath()}.
 *
 * @param noteId the note
 * @param name the file name, unique within the note
 * @param contentType its media type, as uploaded
 * @param size its size in bytes
 * @param uploadedBy the user who uploaded it
 * @param createdAt when
 */
public record Attachment(String noteId, String name, String contentType, long size, String uploadedBy,
        Instant createdAt) {
    /** Where a note's files live in the Drive. */
    static String folder(String noteId) {
        return "attachments/" + noteId;
    }

    /** {@code attachments/<noteId>/<name>}. */
    String drivePath() {
        return folder(noteId) + "/" + name;
    }
}
