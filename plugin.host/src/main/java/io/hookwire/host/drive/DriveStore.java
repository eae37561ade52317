package io.hookwire.host.drive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.drive.DriveEntry;
import io.hookwire.api.drive.DriveException;

/**
 * One plugin's drive: the folder {@code <drives>/<plugin-id>/}.
 *
 * <p>Every path is checked as text ({@link DrivePath}), then on the file system: each part that exists, from the
 * plugin's folder down, is looked at without following links and must not be a symbolic link, and the real path of
 * the deepest existing part must lie under the real path of the plugin's folder. Files are opened with
 * {@code NOFOLLOW_LINKS} too. A put streams into {@code .partial/} inside the store and is moved over the target in
 * one atomic rename, so a reader sees the old file or the new one, and a refused put leaves the old one.
 *
 * <p>Thread-safe: it keeps no state but its folder; concurrent puts of one path end with one of them whole.
 */
final class DriveStore implements Drive {
    private static final LinkOption[] NOFOLLOW = {LinkOption.NOFOLLOW_LINKS};
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final LongSupplier maxFileBytes;

    /**
     * @param drives the folder of every plugin's drive ({@code <data>/drive})
     * @param pluginId a valid plugin id (it becomes a folder name: the caller checks it)
     */
    DriveStore(Path drives, String pluginId, LongSupplier maxFileBytes) {
        this.root = drives.toAbsolutePath().normalize().resolve(pluginId);
        this.maxFileBytes = maxFileBytes;
    }

    /** The plugin's folder. */
    Path root() {
        return root;
    }

    @Override
    public long maxFileBytes() {
        return maxFileBytes.getAsLong();
    }

    @Override
    public DriveEntry put(String path, InputStream content) throws IOException {
        List<String> parts = DrivePath.parse(path, false);
        Path target = checked(path, parts);
        Files.createDirectories(root);
        Path parent = folders(path, parts.subList(0, parts.size() - 1));
        if (Files.isDirectory(target, NOFOLLOW)) {
            throw conflict(path, "is a folder");
        }
        Path partial = folder(root.resolve(DrivePath.PARTIAL), path);
        Path temp = Files.createTempFile(partial, "put-", ".part");
        try {
            long limit = maxFileBytes();
            copy(content, temp, limit, path);
            checked(path, parts); // the folders may have changed while the stream was read
            Files.move(temp, parent.resolve(parts.get(parts.size() - 1)), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return entry(target);
    }

    private static void copy(InputStream content, Path temp, long limit, String path) throws IOException {
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            for (int n; (n = content.read(buffer)) != -1;) {
                total += n;
                if (total > limit) {
                    throw DriveException.tooLarge(path, limit);
                }
                out.write(buffer, 0, n);
            }
        }
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path file = checked(path, DrivePath.parse(path, false));
        if (!Files.isRegularFile(file, NOFOLLOW)) {
            throw DriveException.notFound(path);
        }
        try {
            return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            throw DriveException.notFound(path);
        }
    }

    @Override
    public Optional<DriveEntry> stat(String path) throws IOException {
        Path file = checked(path, DrivePath.parse(path, false));
        return Files.isRegularFile(file, NOFOLLOW) ? Optional.of(entry(file)) : Optional.empty();
    }

    @Override
    public List<DriveEntry> list(String folder) throws IOException {
        Path start = checked(folder, DrivePath.parse(folder, true));
        if (!Files.isDirectory(start, NOFOLLOW)) {
            return List.of();
        }
        List<DriveEntry> entries = new ArrayList<>();
        Path partial = root.resolve(DrivePath.PARTIAL);
        Files.walkFileTree(start, new SimpleFileVisitor<>() { // follows no link: a link is visited as a file
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return dir.equals(partial) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    entries.add(new DriveEntry(relative(file), attrs.size(), attrs.lastModifiedTime().toInstant()));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // deleted meanwhile
            }
        });
        entries.sort(Comparator.comparing(DriveEntry::path));
        return entries;
    }

    @Override
    public boolean delete(String path) throws IOException {
        Path target = checked(path, DrivePath.parse(path, false));
        if (!Files.exists(target, NOFOLLOW)) {
            return false;
        }
        if (!Files.isDirectory(target, NOFOLLOW)) {
            return Files.deleteIfExists(target);
        }
        Files.walkFileTree(target, new SimpleFileVisitor<>() { // a link inside is deleted itself, never followed
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.deleteIfExists(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                try {
                    Files.deleteIfExists(dir);
                } catch (DirectoryNotEmptyException written) {
                    // a put landed meanwhile: it stays
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return true;
    }

    /**
     * The file of a path, checked on the file system: no existing part, from the plugin's folder down, is a symbolic
     * link, and the deepest existing one really lies inside the plugin's folder.
     */
    private Path checked(String path, List<String> parts) throws IOException {
        Path current = root;
        Path deepest = null;
        for (int i = -1; i < parts.size(); i++) {
            if (i >= 0) {
                current = current.resolve(parts.get(i));
            }
            if (!Files.exists(current, NOFOLLOW)) {
                break;
            }
            if (Files.isSymbolicLink(current)) {
                throw DriveException.invalidPath(path, "leads through a symbolic link");
            }
            deepest = current;
        }
        if (deepest != null && !deepest.toRealPath().startsWith(root.toRealPath())) {
            throw DriveException.invalidPath(path, "leads outside the drive");
        }
        return root.resolve(String.join("/", parts)).normalize();
    }

    /** Creates the folders of a path one by one, refusing a file or a link where a folder should be. */
    private Path folders(String path, List<String> parts) throws IOException {
        Path current = root;
        for (String part : parts) {
            current = current.resolve(part);
            if (Files.exists(current, NOFOLLOW) && !Files.isDirectory(current, NOFOLLOW)) {
                throw Files.isSymbolicLink(current) ? DriveException.invalidPath(path, "leads through a symbolic link")
                        : conflict(path, "needs '" + relative(current) + "' to be a folder, and it is a file");
            }
            folder(current, path);
        }
        return current;
    }

    private Path folder(Path dir, String path) throws IOException {
        try {
            Files.createDirectory(dir);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, NOFOLLOW)) {
                throw DriveException.invalidPath(path, "leads through something that is not a folder");
            }
        }
        if (!dir.toRealPath().startsWith(root.toRealPath())) {
            throw DriveException.invalidPath(path, "leads outside the drive");
        }
        return dir;
    }

    private String relative(Path file) {
        Path relative = root.relativize(file);
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return String.join("/", names);
    }

    private DriveEntry entry(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, NOFOLLOW);
        return new DriveEntry(relative(file), attrs.size(), attrs.lastModifiedTime().toInstant());
    }

    private static DriveException conflict(String path, String why) {
        return new DriveException(409, "conflict", "the drive path '" + path + "' " + why, Map.of("path", path));
    }
}
