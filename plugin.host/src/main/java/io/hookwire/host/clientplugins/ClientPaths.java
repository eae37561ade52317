package io.hookwire.host.clientplugins;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of the client module URLs, {@code /client/<pluginId>/<version>/<path>}: what a request may name, the
 * version token, and the content types. Pure functions, so that every rule is unit-tested; the servlet only looks
 * up what these allow.
 *
 * <p>The rules are deliberately narrow, because everything they let through is read from a plugin bundle and served
 * to anyone: each path segment is letters, digits, '_', '-' and '.', never starts with a '.' (so no {@code ..}, no
 * hidden file), no segment names {@code META-INF} or {@code OSGI-INF}, no {@code .class} file, and the raw request
 * path holds no '%', '\' or ';' at all (an encoded dot or slash could otherwise mean something else to the container
 * than to us). A module author never needs any of them.
 */
final class ClientPaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]{0,127}");
    private static final int MAX_SEGMENTS = 16;
    /** What the container may serve for a type we do not know: bytes, never sniffed into HTML. */
    static final String UNKNOWN_TYPE = "application/octet-stream";

    private ClientPaths() {}

    /**
     * A request for a file of a plugin's client folder.
     *
     * @param pluginId the plugin id
     * @param version the version token of the URL
     * @param path the file's path relative to the client folder, for example {@code nested/part.js}
     */
    record ModuleRequest(String pluginId, String version, String path) {}

    /**
     * Reads a request.
     *
     * @param rawPath the request URI's path, as it came (not decoded), for example {@code /client/notes/1.0.0-x/a.js}
     * @param pathInfo the decoded path after the servlet's {@code /client}
     * @return empty for anything that is not a plain path to a file that may be served
     */
    static Optional<ModuleRequest> parse(String rawPath, String pathInfo) {
        if (rawPath == null || pathInfo == null || rawPath.indexOf('%') >= 0 || rawPath.indexOf('\\') >= 0
                || rawPath.indexOf(';') >= 0 || !pathInfo.startsWith("/") || pathInfo.endsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = List.of(pathInfo.substring(1).split("/", -1));
        if (segments.size() < 3 || segments.size() > MAX_SEGMENTS) {
            return Optional.empty();
        }
        for (String segment : segments) {
            String upper = segment.toUpperCase(Locale.ROOT);
            if (!SEGMENT.matcher(segment).matches() || upper.equals("META-INF") || upper.equals("OSGI-INF")) {
                return Optional.empty();
            }
        }
        String path = String.join("/", segments.subList(2, segments.size()));
        if (path.toLowerCase(Locale.ROOT).endsWith(".class")) {
            return Optional.empty();
        }
        return Optional.of(new ModuleRequest(segments.get(0), segments.get(1), path));
    }
}
