package io.hookwire.notes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.drive.DriveEntry;
import io.hookwire.api.drive.DriveException;

/**
 * A {@link Drive} on a folder of real files, with the contract's size limit and path rules, for the tests (the
 * host's own Drive is another helper's work; the plugin's ITs use that one).
 */
final class TempDrive implements Drive {
    private final Path root;
    private final long maxFileBytes;

    TempDrive(Path root, long maxFileBytes) {
        this.root = root;
        this.maxFileBytes = maxFileBytes;
    }

    private Path resolve(String path) {
        if (path == null || path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
            throw DriveException.invalidPath(path, "leaves the store");
        }
        return root.resolve(path);
    }

    @Override
    public DriveEntry put(String path, InputStream content) throws IOException {
        Path file = resolve(path);
        Files.createDirectories(file.getParent());
        Path staging = Files.createTempFile(root, "put-", ".tmp");
        try {
            long size = Files.copy(content, staging, StandardCopyOption.REPLACE_EXISTING);
            if (size > maxFileBytes) {
                throw DriveException.tooLarge(path, maxFileBytes);
            }
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return stat(path).orElseThrow();
        } finally {
            Files.deleteIfExists(staging);
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path file = resolve(path);
        if (!Files.isRegularFile(file)) {
            throw DriveException.notFound(path);
        }
        return Files.newInputStream(file);
    }

    @Override
    public Optional<DriveEntry> stat(String path) throws IOException {
        Path file = resolve(path);
        return Files.isRegularFile(file)
                ? Optional.of(new DriveEntry(path, Files.size(file), Files.getLastModifiedTime(file).toInstant()))
                : Optional.empty();
    }

    @Override
    public List<DriveEntry> list(String folder) throws IOException {
        Path dir = folder.isEmpty() ? root : resolve(folder);
        List<DriveEntry> entries = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString()
                        .endsWith(".tmp")).sorted().toList()) {
                    entries.add(stat(root.relativize(f).toString().replace('\\', '/')).orElseThrow());
                }
            }
        }
        return entries;
    }

    @Override
    public boolean delete(String path) throws IOException {
        Path target = resolve(path);
        if (!Files.exists(target)) {
            return false;
        }
        try (Stream<Path> all = Files.walk(target)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        return true;
    }

    @Override
    public long maxFileBytes() {
        return maxFileBytes;
    }
}
