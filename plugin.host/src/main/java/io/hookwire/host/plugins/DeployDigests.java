package io.hookwire.host.plugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * The SHA-256 of each jar the deploy folder installed, by bundle location, kept in a file of the host's bundle data
 * (so across restarts). FileInstall offers every jar again after a restart; a jar whose digest has not changed is
 * not installed again, so a restart neither updates nor refreshes a single plugin. Used on the plugin manager's
 * worker thread only.
 */
final class DeployDigests {
    private final Path file;
    private final Properties digests = new Properties();

    DeployDigests(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                digests.load(in);
            } catch (IOException e) {
                digests.clear(); // then every jar is installed again once: slower, never wrong
            }
        }
    }

    /** The SHA-256 of a file, in hex. */
    static String of(Path jar) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(jar), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Whether the bundle at {@code location} was installed from exactly these bytes. */
    boolean unchanged(String location, String digest) {
        return digest.equals(digests.getProperty(location));
    }

    void put(String location, String digest) {
        digests.setProperty(location, digest);
        save();
    }

    void remove(String location) {
        if (digests.remove(location) != null) {
            save();
        }
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                digests.store(out, "SHA-256 of the jars the deploy folder installed, by bundle location");
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
