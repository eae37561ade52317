package io.hookwire.host.shell;

import java.util.Optional;

/**
 * The rules of the shell's asset URLs, {@code /shell/<version>/<path>}, kept free of servlets so that they can be
 * tested alone. The version changes whenever the host bundle does (even an update in place with the same bundle
 * version), which is what lets the assets be cached forever.
 */
final class ShellPaths {
    /** Where the shell lives inside the host bundle. */
    static final String FOLDER = "shell/";

    private ShellPaths() {}

    /**
     * The path inside the shell folder that a request asks for, or empty when it must get a 404: another version,
     * no file name, a directory, or anything that could leave the folder or be read two ways ({@code ..},
     * {@code //}, {@code \}, {@code %}-escapes, a leading dot, control characters).
     *
     * @param rawPath the request's path after {@code /shell} as it came on the wire (not decoded), e.g. {@code /1.0.0-abc/app.js}
     * @param version the current asset version
     */
    static Optional<String> assetPath(String rawPath, String version) {
        if (rawPath == null || !rawPath.startsWith("/" + version + "/")) {
            return Optional.empty();
        }
        String path = rawPath.substring(version.length() + 2);
        if (path.isEmpty() || path.endsWith("/") || path.startsWith("/") || path.contains("//")
                || path.contains("\\") || path.contains("%") || path.contains("?") || path.contains("#")) {
            return Optional.empty();
        }
        for (String segment : path.split("/")) {
            if (segment.isEmpty() || segment.startsWith(".")) {
                return Optional.empty(); // "..", ".", and hidden files alike
            }
        }
        for (int i = 0; i < path.length(); i++) {
            if (path.charAt(i) < 0x21 || path.charAt(i) == 0x7f) {
                return Optional.empty();
            }
        }
        return Optional.of(path);
    }

    /** The page template with its version placeholder filled in. */
    static String page(String template, String version) {
        return template.replace("{{v}}", version);
    }
}
