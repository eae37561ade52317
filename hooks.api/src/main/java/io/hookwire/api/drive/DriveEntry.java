package io.hookwire.api.drive;

import java.time.Instant;
import java.util.Objects;

/**
 * A file in a plugin's drive.
 *
 * @param path its path in the drive, with '/' between the parts, for example {@code attachments/42/report.pdf}
 * @param size its size in bytes
 * @param modified when it was last written
 */
public record DriveEntry(String path, long size, Instant modified) {
    public DriveEntry {
        Objects.requireNonNull(path, "path");
    }
}
