package io.hookwire.host.drive;

import java.util.List;

import io.hookwire.api.drive.DriveException;

/**
 * The parts of a drive path, checked as text before the file system is touched: relative, '/' between the parts,
 * no empty, '.' or '..' part, no backslash (a separator elsewhere, so never a name here) and no NUL. What the file
 * system adds (symbolic links) is {@link DriveStore}'s to check.
 */
final class DrivePath {
    /** The store's folder for half-written files; no path may name it. */
    static final String PARTIAL = ".partial";
    private static final int MAX_PART = 255;
    private static final int MAX_LENGTH = 1024;

    private DrivePath() {}

    /**
     * @param allowRoot whether {@code ""} (the whole drive) is accepted, as it is for {@code list}
     * @return the parts, none for the root
     * @throws DriveException 400 with what is wrong
     */
    static List<String> parse(String path, boolean allowRoot) {
        if (path == null) {
            throw DriveException.invalidPath(null, "is missing");
        }
        if (path.isEmpty()) {
            if (allowRoot) {
                return List.of();
            }
            throw DriveException.invalidPath(path, "is empty; give a path such as 'reports/2026.pdf'");
        }
        if (path.length() > MAX_LENGTH) {
            throw DriveException.invalidPath(path, "is longer than " + MAX_LENGTH + " characters");
        }
        if (path.indexOf('\0') >= 0) {
            throw DriveException.invalidPath(path, "has a NUL character");
        }
        if (path.indexOf('\\') >= 0) {
            throw DriveException.invalidPath(path, "has a backslash; separate the parts with '/'");
        }
        if (path.startsWith("/")) {
            throw DriveException.invalidPath(path, "is absolute; give a path inside the drive, such as 'a/b.txt'");
        }
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw DriveException.invalidPath(path, "has an empty part ('//' or a '/' at the end)");
            }
            if (part.equals("..")) {
                throw DriveException.invalidPath(path, "has a '..' part, which would leave the drive");
            }
            if (part.equals(".")) {
                throw DriveException.invalidPath(path, "has a '.' part");
            }
            if (part.length() > MAX_PART) {
                throw DriveException.invalidPath(path, "has a part longer than " + MAX_PART + " characters");
            }
        }
        if (parts[0].equals(PARTIAL)) {
            throw DriveException.invalidPath(path, "is in '" + PARTIAL + "', which the drive keeps for itself");
        }
        return List.of(parts);
    }
}
