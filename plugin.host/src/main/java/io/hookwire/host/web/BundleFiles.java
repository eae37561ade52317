package io.hookwire.host.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;

/**
 * Files of a bundle served to browsers under a URL that carries a version token: the shell's assets
 * ({@code /shell/<token>/...}) and the plugins' browser modules ({@code /client/<id>/<token>/...}). The token changes
 * with every update of the bundle, so an answer is cached for ever ({@code immutable}); an ETag (the token) lets a
 * client that revalidates anyway get a 304. The files are read with {@code Bundle.getEntry}, never a class loader.
 */
public final class BundleFiles {
    /** The Cache-Control of a versioned file. */
    public static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final String JS = "text/javascript; charset=utf-8";
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", JS), Map.entry("mjs", JS),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("map", "application/json"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    private BundleFiles() {}

    /**
     * The version token of a bundle's file URLs: its version, '-', and its last-modified time in base 36. It changes
     * with every update in place, even one that keeps the bundle version.
     */
    public static String versionToken(Bundle bundle) {
        return versionToken(bundle.getVersion().toString(), bundle.getLastModified());
    }

    static String versionToken(String bundleVersion, long lastModified) {
        return bundleVersion + "-" + Long.toString(lastModified, 36);
    }

    /** The Content-Type of a file, by its extension; empty for a type browsers are not served here (HTML, classes). */
    public static Optional<String> contentType(String path) {
        int dot = path.lastIndexOf('.');
        if (dot < 0 || dot < path.lastIndexOf('/')) {
            return Optional.empty();
        }
        return Optional.ofNullable(TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /**
     * Answers a versioned file: immutable caching, {@code nosniff}, the token as ETag (304 when the client names it),
     * else the content, streamed.
     */
    public static void serve(URL entry, String contentType, String token, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        String etag = "\"" + token + "\"";
        response.setHeader("Cache-Control", IMMUTABLE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("ETag", etag);
        if (matches(request.getHeader("If-None-Match"), etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        URLConnection connection = entry.openConnection();
        response.setContentType(contentType);
        long length = connection.getContentLengthLong();
        if (length >= 0) {
            response.setContentLengthLong(length);
        }
        try (InputStream in = connection.getInputStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** A 404 with a JSON body, never cached. */
    public static void notFound(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType("application/json");
        response.getWriter().write("{\"error\":\"not_found\",\"message\":\"" + message + "\"}");
    }

    /** Whether an {@code If-None-Match} header names this entity tag (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
