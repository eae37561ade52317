package io.hookwire.api.drive;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A plugin's own file store, under {@code data/drive/<plugin-id>/}. The service is bundle-scoped: each bundle that
 * gets it receives the store of its own plugin, and never sees another's.
 *
 * <p>Paths are relative, with '/' between the parts ({@code attachments/42/report.pdf}). A path that is empty,
 * absolute, has a '..' part or a backslash, or leads through a symbolic link is refused with a
 * {@link DriveException} (400), and nothing outside the store is ever read or written. Writes are atomic: a reader
 * sees the old file or the new one, never half of it. Thread-safe.
 */
@ProviderType
public interface Drive {
    /**
     * Writes a file from a stream, replacing any file at that path, and creating the folders it needs.
     *
     * @throws DriveException 400 for a bad path, 413 when the stream is longer than {@link #maxFileBytes()} (the
     *     old file, if any, stays)
     * @throws IOException when the disk fails
     */
    DriveEntry put(String path, InputStream content) throws IOException;

    /**
     * Opens a file for reading; the caller closes the stream.
     *
     * @throws DriveException 400 for a bad path, 404 when there is no such file
     */
    InputStream open(String path) throws IOException;

    /** The file at this path, if there is one. */
    Optional<DriveEntry> stat(String path) throws IOException;

    /**
     * The files under a folder, and all its sub-folders, by path; {@code ""} lists the whole drive.
     *
     * @throws DriveException 400 for a bad path
     */
    List<DriveEntry> list(String folder) throws IOException;

    /**
     * Deletes a file, or a folder and everything in it.
     *
     * @return whether anything was deleted
     * @throws DriveException 400 for a bad path
     */
    boolean delete(String path) throws IOException;

    /** The largest file this drive accepts, in bytes (set by the operator). */
    long maxFileBytes();
}
