package io.hookwire.host.liquibase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.Version;

/**
 * A stand-in for a bundle whose entries are the files of a folder: enough of {@link Bundle} for Liquibase to read a
 * changelog from it (getEntry, findEntries), without a framework.
 */
public final class DirectoryBundle {
    private DirectoryBundle() {}

    public static Bundle of(Path root) {
        return (Bundle) Proxy.newProxyInstance(Bundle.class.getClassLoader(), new Class<?>[] {Bundle.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getEntry" -> entry(root, (String) args[0]);
                    case "findEntries" -> find(root, (String) args[0], (Boolean) args[2]);
                    case "getSymbolicName" -> "test." + root.getFileName();
                    case "getVersion" -> Version.emptyVersion;
                    case "toString" -> "DirectoryBundle(" + root + ")";
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    /** A folder holding these files (path to content). */
    public static Bundle withFiles(Path dir, Map<String, String> files) {
        try {
            for (var file : files.entrySet()) {
                Path path = dir.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(dir);
    }

    private static URL entry(Path root, String path) throws MalformedURLException {
        Path file = root.resolve(path.replaceFirst("^/+", ""));
        return Files.exists(file) ? url(root, file) : null;
    }

    /** A URL like a bundle entry's: its path is the entry's path in the bundle, from its root. */
    private static URL url(Path root, Path file) throws MalformedURLException {
        String path = "/" + root.relativize(file).toString().replace('\\', '/')
                + (Files.isDirectory(file) && !file.equals(root) ? "/" : "");
        return new URL("bundle", "test", -1, path, new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) {
                return new URLConnection(u) {
                    @Override
                    public void connect() {
                        // nothing to connect to
                    }

                    @Override
                    public InputStream getInputStream() throws IOException {
                        return Files.newInputStream(file);
                    }
                };
            }
        });
    }

    /** Like the framework: entry URLs whose path ends with the entry's path (folders with a slash). */
    private static java.util.Enumeration<URL> find(Path root, String path, boolean recurse) throws IOException {
        Path folder = root.resolve(path.replaceFirst("^/+", ""));
        if (!Files.isDirectory(folder)) {
            return null;
        }
        try (Stream<Path> files = recurse ? Files.walk(folder) : Files.list(folder)) {
            List<URL> urls = files.filter(p -> !p.equals(folder)).map(p -> {
                try {
                    return url(root, p);
                } catch (MalformedURLException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            return urls.isEmpty() ? null : Collections.enumeration(urls);
        }
    }
}
