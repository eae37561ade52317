package io.hookwire.host.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.hookwire.api.drive.DriveEntry;
import io.hookwire.api.drive.DriveException;

class DriveStoreTest {
    @TempDir
    Path temp;

    private Path drives;
    private final AtomicLong limit = new AtomicLong(1024);
    private DriveStore drive;

    @BeforeEach
    void setUp() throws IOException {
        drives = Files.createDirectories(temp.resolve("data/drive"));
        drive = new DriveStore(drives, "notes", limit::get);
    }

    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private String read(String path) throws IOException {
        try (InputStream in = drive.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void putOpenStatListAndDeleteAFileInNestedFolders() throws IOException {
        DriveEntry entry = drive.put("attachments/42/report.txt", text("hello"));

        assertThat(entry.path()).isEqualTo("attachments/42/report.txt");
        assertThat(entry.size()).isEqualTo(5);
        assertThat(drives.resolve("notes/attachments/42/report.txt")).hasContent("hello");
        assertThat(read("attachments/42/report.txt")).isEqualTo("hello");
        assertThat(drive.stat("attachments/42/report.txt")).contains(entry);
        assertThat(drive.stat("attachments/42")).as("a folder is no file").isEmpty();
        assertThat(drive.stat("missing.txt")).isEmpty();

        drive.put("a.txt", text("a"));
        assertThat(drive.list("")).extracting(DriveEntry::path).containsExactly("a.txt", "attachments/42/report.txt");
        assertThat(drive.list("attachments")).extracting(DriveEntry::path).containsExactly("attachments/42/report.txt");
        assertThat(drive.list("nothing-here")).isEmpty();

        assertThat(drive.delete("attachments")).isTrue();
        assertThat(drive.delete("attachments")).isFalse();
        assertThat(drive.list("")).extracting(DriveEntry::path).containsExactly("a.txt");
        assertThatThrownBy(() -> drive.open("attachments/42/report.txt")).isInstanceOf(DriveException.class)
                .satisfies(e -> assertThat(((DriveException) e).status()).isEqualTo(404));
    }

    @Test
    void aPutReplacesTheFileWhole() throws IOException {
        drive.put("a.txt", text("first"));
        drive.put("a.txt", text("second"));
        assertThat(read("a.txt")).isEqualTo("second");
        assertThat(drive.list("")).extracting(DriveEntry::path).containsExactly("a.txt");
    }

    @Test
    void aStreamOverTheLimitIs413AndTheOldFileStays() throws IOException {
        drive.put("a.txt", text("old"));
        limit.set(10);

        assertThatThrownBy(() -> drive.put("a.txt", new ByteArrayInputStream(new byte[11])))
                .isInstanceOfSatisfying(DriveException.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.code()).isEqualTo("too_large");
                    assertThat(e.details()).containsEntry("limit", 10L);
                });
        assertThat(read("a.txt")).isEqualTo("old");
        assertThat(drive.put("b.txt", new ByteArrayInputStream(new byte[10])).size()).as("exactly the limit").isEqualTo(10);
        assertThat(drive.list("")).extracting(DriveEntry::path).containsExactly("a.txt", "b.txt");
        try (var partial = Files.list(drives.resolve("notes").resolve(DrivePath.PARTIAL))) {
            assertThat(partial).as("no half-written file is left").isEmpty();
        }
    }

    @Test
    void malformedPathsAre400AndTouchNothing() throws IOException {
        for (String bad : List.of("", "/etc/passwd", "../escape.txt", "a/../../escape.txt", "a/..", "./a", "a\\b",
                "a\0b", "a//b", "a/", ".partial/x")) {
            assertThatThrownBy(() -> drive.put(bad, text("x"))).as(bad)
                    .isInstanceOfSatisfying(DriveException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.code()).isEqualTo("invalid_path");
                    });
            assertThatThrownBy(() -> drive.open(bad)).as(bad).isInstanceOf(DriveException.class);
            assertThatThrownBy(() -> drive.delete(bad)).as(bad).isInstanceOf(DriveException.class);
        }
        assertThatThrownBy(() -> drive.list("../")).isInstanceOf(DriveException.class);
        assertThatThrownBy(() -> drive.put(null, text("x"))).isInstanceOf(DriveException.class);
        try (var all = Files.walk(temp)) {
            assertThat(all.filter(Files::isRegularFile)).as("no file anywhere").isEmpty();
        }
    }

    @Test
    void aFolderSymlinkOutOfTheStoreIsRefusedForEveryOperation() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        drive.put("keep.txt", text("mine"));
        Files.createSymbolicLink(drives.resolve("notes/link"), outside);

        assertRefused(() -> drive.put("link/new.txt", text("x")));
        assertRefused(() -> drive.put("link/secret.txt", text("overwritten")));
        assertRefused(() -> drive.open("link/secret.txt"));
        assertRefused(() -> drive.stat("link/secret.txt"));
        assertRefused(() -> drive.list("link"));
        assertRefused(() -> drive.delete("link/secret.txt"));
        assertRefused(() -> drive.delete("link"));

        assertThat(drive.list("")).as("a link is not listed, nor what it points to").extracting(DriveEntry::path)
                .containsExactly("keep.txt");
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
        try (var files = Files.list(outside)) {
            assertThat(files).containsExactly(outside.resolve("secret.txt"));
        }
    }

    @Test
    void aFileSymlinkIsNeitherReadNorWrittenThrough() throws IOException {
        Path secret = Files.writeString(Files.createDirectories(temp.resolve("outside")).resolve("secret.txt"), "secret");
        Files.createDirectories(drives.resolve("notes"));
        Files.createSymbolicLink(drives.resolve("notes/secret.txt"), secret);

        assertRefused(() -> drive.open("secret.txt"));
        assertRefused(() -> drive.put("secret.txt", text("overwritten")));
        assertThat(secret).hasContent("secret");
    }

    @Test
    void deletingAFolderDeletesALinkInItButNotWhatItPointsTo() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("secret.txt"), "secret");
        drive.put("dir/a.txt", text("a"));
        Files.createSymbolicLink(drives.resolve("notes/dir/link"), outside);

        assertThat(drive.delete("dir")).isTrue();

        assertThat(drives.resolve("notes/dir")).doesNotExist();
        assertThat(outside.resolve("secret.txt")).hasContent("secret");
    }

    @Test
    void aStoreFolderThatIsItselfALinkIsRefused() throws IOException {
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createSymbolicLink(drives.resolve("notes"), outside);

        assertRefused(() -> drive.put("a.txt", text("x")));
        assertRefused(() -> drive.list(""));
        try (var files = Files.list(outside)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void aFileWhereAFolderIsNeededIsAConflict() throws IOException {
        drive.put("a", text("file"));
        assertThatThrownBy(() -> drive.put("a/b.txt", text("x")))
                .isInstanceOfSatisfying(DriveException.class, e -> assertThat(e.status()).isEqualTo(409));
        drive.put("dir/x.txt", text("x"));
        assertThatThrownBy(() -> drive.put("dir", text("x")))
                .isInstanceOfSatisfying(DriveException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(read("a")).isEqualTo("file");
    }

    @Test
    void twoPluginsNeverSeeEachOthersFiles() throws IOException {
        DriveStore other = new DriveStore(drives, "other", limit::get);
        drive.put("a.txt", text("notes"));
        other.put("a.txt", text("other"));

        assertThat(read("a.txt")).isEqualTo("notes");
        assertThat(other.list("")).extracting(DriveEntry::size).containsExactly(5L);
        assertThat(drives.resolve("other/a.txt")).hasContent("other");
    }

    private interface DriveCall {
        void call() throws IOException;
    }

    private static void assertRefused(DriveCall call) {
        assertThatThrownBy(call::call).isInstanceOfSatisfying(DriveException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.getMessage()).containsAnyOf("symbolic link", "outside the drive");
        });
    }
}
