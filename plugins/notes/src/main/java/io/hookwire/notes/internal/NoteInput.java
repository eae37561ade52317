package io.hookwire.notes.internal;

import java.nio.charset.StandardCharsets;

import io.hookwire.api.rest.ApiException;

/**
 * The body of {@code POST /api/v1/notes} and {@code PUT /api/v1/notes/{id}}: {@code {"title": "...", "body": "...",
 * "shared": true}}. The title is required (1 to {@value #MAX_TITLE} characters, trimmed); the body may be left out
 * (empty) and holds at most {@value #MAX_BODY_BYTES} bytes in UTF-8. {@code shared}: whether the note belongs to the
 * caller's current team, for its members to read; a note is personal unless it says so (a signed-in user always
 * has a current team once they are in one, and a note must not leak to it by default). Left out of an update, it
 * stays as it was.
 */
public record NoteInput(String title, String body, Boolean shared) {
    /** A note that says nothing of sharing. */
    public NoteInput(String title, String body) {
        this(title, body, null);
    }

    public static final int MAX_TITLE = 200;
    public static final int MAX_BODY_BYTES = 100 * 1024;

    /** The checked input: the title trimmed, a missing body empty. @throws ApiException 400 naming the field */
    NoteInput validated() {
        if (title == null || title.isBlank()) {
            throw ApiException.badRequest("title", "a note needs a title: {\"title\": \"...\", \"body\": \"...\"}");
        }
        String t = title.strip();
        // UTF-16 units, as the column counts them on H2 (an emoji counts twice)
        int length = t.length();
        if (length > MAX_TITLE) {
            throw ApiException.badRequest("title", "the title is " + length + " characters long; at most "
                    + MAX_TITLE + " are allowed");
        }
        String b = body == null ? "" : body;
        // cheap first: a body of few chars cannot be over the limit
        if (b.length() > MAX_BODY_BYTES / 3) {
            int bytes = b.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_BODY_BYTES) {
                throw ApiException.badRequest("body", "the body is " + bytes + " bytes long in UTF-8; at most "
                        + MAX_BODY_BYTES + " (100 KB) are allowed");
            }
        }
        return new NoteInput(t, b, shared);
    }
}
