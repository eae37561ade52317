package io.hookwire.notes.internal;

import io.hookwire.api.rest.ApiException;

/**
 * The names of attachments: one path segment that a file system accepts everywhere. The Drive refuses paths that
 * leave the store; this refuses earlier, and says why, what would be a path at all.
 */
final class FileNames {
    /** The longest name, in characters (the column's width). */
    static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** The name, trimmed. @throws ApiException 400 naming {@code field} */
    static String check(String field, String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest(field, "the file needs a name, for example ?name=report.pdf");
        }
        String n = name.strip();
        if (n.length() > MAX_LENGTH) {
            throw ApiException.badRequest(field, "the file name is " + n.length() + " characters long; at most "
                    + MAX_LENGTH + " are allowed");
        }
        if (n.equals(".") || n.equals("..")) {
            throw ApiException.badRequest(field, "'" + n + "' is not a file name");
        }
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c == '/' || c == '\\') {
                throw ApiException.badRequest(field, "the file name '" + n + "' has a '" + c + "'; give the name"
                        + " alone, without folders");
            }
            if (Character.isISOControl(c)) {
                throw ApiException.badRequest(field, "the file name has a control character at " + i);
            }
        }
        return n;
    }

    /** The media type if it looks like one ({@code type/subtype}), else {@code application/octet-stream}. */
    static String contentType(String mediaType) {
        if (mediaType == null) {
            return "application/octet-stream";
        }
        String t = mediaType.strip();
        int slash = t.indexOf('/');
        boolean plausible = slash > 0 && slash < t.length() - 1 && t.length() <= 255
                && t.chars().noneMatch(ch -> Character.isISOControl(ch));
        return plausible ? t : "application/octet-stream";
    }
}
