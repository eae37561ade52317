package io.hookwire.notes.internal;

import java.nio.charset.StandardCharsets;

import io.hookwire.api.rest.ApiException;

/**
 * The body of {@code POST /api/v1/notes} and {@code PUT /api/v1/notes/{id}}: {@code {"title": "...", "body":
 * "..."}}. The title is required (1 to {@value #MAX_TITLE} characters, trimmed); the body may be left out (empty)
 * and holds at most {@value #MAX_BODY_BYTES} bytes in UTF-8.
 */
public record NoteInput(String title, String body) {
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
        return new NoteInput(t, b);
    }
}
