package io.hookwire.host.liquibase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.TreeMap;

import org.osgi.framework.Bundle;

/**
 * A checksum of a changelog and every file beside it: the SHA-256 of the paths and bytes of every entry under the
 * changelog's folder, in the bundle. Stored after a successful migration, it lets the next start skip Liquibase,
 * and its start-up cost, when nothing changed. Every file of a changelog must live in that folder (plugin changelogs
 * are refused otherwise), so a change to any of them changes the checksum; a change to some other file there only
 * costs a Liquibase run that finds nothing to do.
 */
public final class ChangelogChecksum {
    private ChangelogChecksum() {}

    /** The folder of a changelog path, with a trailing slash, or empty for the bundle's root. */
    public static String folderOf(String changelogPath) {
        String path = BundleResourceAccessor.normalize(changelogPath);
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    /**
     * @return {@code sha256:<hex>}, or {@code null} when the bundle has no such changelog
     */
    public static String of(Bundle bundle, String changelogPath) {
        String path = BundleResourceAccessor.normalize(changelogPath);
        if (bundle.getEntry(path) == null) {
            return null;
        }
        String folder = folderOf(path);
        TreeMap<String, URL> files = new TreeMap<>(); // sorted: the same files give the same checksum
        Enumeration<URL> entries = bundle.findEntries(folder.isEmpty() ? "/" : folder, "*", true);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            if (!url.getPath().endsWith("/")) {
                files.put(BundleResourceAccessor.normalize(url.getPath()), url);
            }
        }
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        for (var file : files.entrySet()) {
            sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            try (InputStream in = file.getValue().openStream()) {
                sha.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file.getKey() + " of " + bundle.getSymbolicName(), e);
            }
            sha.update((byte) 0);
        }
        return "sha256:" + HexFormat.of().formatHex(sha.digest());
    }
}
