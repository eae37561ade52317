package io.hookwire.api.drive;

import java.util.Map;

import io.hookwire.api.rest.ApiException;

/**
 * A drive operation refused, with the HTTP status it maps to when a REST resource lets it through: a path that is
 * malformed or leaves the store (400 {@code invalid_path}), a file over the size limit (413 {@code too_large}), or
 * a file that does not exist (404 {@code not_found}). Nothing in the store changes when one is thrown.
 */
public class DriveException extends ApiException {
    private static final long serialVersionUID = 1L;

    public DriveException(int status, String code, String message, Map<String, Object> details) {
        super(status, code, message, details);
    }

    /** A path that is empty, absolute, has '..', or leads through a symbolic link. */
    public static DriveException invalidPath(String path, String why) {
        return new DriveException(400, "invalid_path", "the drive path '" + path + "' " + why,
                Map.of("path", String.valueOf(path)));
    }

    /** A file larger than the limit. */
    public static DriveException tooLarge(String path, long limit) {
        return new DriveException(413, "too_large", "the file '" + path + "' is larger than the limit of " + limit
                + " bytes", Map.of("path", path, "limit", limit));
    }

    /** A file that does not exist. */
    public static DriveException notFound(String path) {
        return new DriveException(404, "not_found", "there is no file '" + path + "' in the drive",
                Map.of("path", path));
    }
}
