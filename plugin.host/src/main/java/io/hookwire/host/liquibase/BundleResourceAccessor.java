package io.hookwire.host.liquibase;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import liquibase.resource.AbstractResource;
import liquibase.resource.Resource;
import liquibase.resource.ResourceAccessor;
import org.osgi.framework.Bundle;

/**
 * Liquibase reads a changelog, and the files it includes, from a bundle's own entries ({@link Bundle#getEntry},
 * {@link Bundle#findEntries}): not through a class loader, so that it works before the bundle is started (a plugin
 * is migrated before it starts) and does not see other bundles' files.
 */
public final class BundleResourceAccessor implements ResourceAccessor {
    private final Bundle bundle;

    public BundleResourceAccessor(Bundle bundle) {
        this.bundle = bundle;
    }

    /** A changelog path as a bundle entry path: no {@code classpath:} and no leading slash, {@code ..} resolved. */
    public static String normalize(String path) {
        String p = path.replace('\\', '/');
        if (p.startsWith("classpath:")) {
            p = p.substring("classpath:".length());
        }
        List<String> parts = new ArrayList<>();
        for (String part : p.split("/")) {
            if (part.equals("..") && !parts.isEmpty()) {
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts) + (p.endsWith("/") && !parts.isEmpty() ? "/" : "");
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        List<Resource> found = new ArrayList<>();
        String folder = normalize(path);
        Enumeration<URL> entries = bundle.findEntries(folder.isEmpty() ? "/" : folder, "*", recursive);
        if (entries != null) {
            while (entries.hasMoreElements()) {
                URL url = entries.nextElement();
                if (!url.getPath().endsWith("/")) {
                    found.add(new BundleResource(normalize(url.getPath()), url));
                }
            }
        }
        return found;
    }

    @Override
    public List<Resource> getAll(String path) {
        String entry = normalize(path);
        URL url = bundle.getEntry(entry);
        return url == null ? List.of() : List.of(new BundleResource(entry, url));
    }

    @Override
    public List<String> describeLocations() {
        return List.of("bundle " + bundle.getSymbolicName() + " " + bundle.getVersion());
    }

    @Override
    public void close() {
        // nothing is held open
    }

    private final class BundleResource extends AbstractResource {
        private final URL url;

        BundleResource(String path, URL url) {
            super(path, uri(url, path));
            this.url = url;
        }

        @Override
        public InputStream openInputStream() throws IOException {
            if (url == null) {
                throw new IOException(getPath() + " is not in " + describeLocations().get(0));
            }
            return url.openStream();
        }

        @Override
        public boolean exists() {
            return url != null;
        }

        @Override
        public Resource resolve(String other) {
            return at(resolvePath(other));
        }

        @Override
        public Resource resolveSibling(String other) {
            return at(resolveSiblingPath(other));
        }

        private Resource at(String path) {
            String entry = normalize(path);
            return new BundleResource(entry, bundle.getEntry(entry));
        }
    }

    private static URI uri(URL url, String path) {
        try {
            return url != null ? url.toURI() : new URI("bundle-entry", null, "/" + path, null);
        } catch (URISyntaxException e) {
            return URI.create("bundle-entry:/" + path.replace(' ', '_'));
        }
    }
}
