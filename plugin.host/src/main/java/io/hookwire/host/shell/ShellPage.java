package io.hookwire.host.shell;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;

import io.hookwire.host.web.BundleFiles;

/**
 * The shell's one HTML page: {@code shell/index.html} of the host bundle with {@code {{v}}} replaced by the asset
 * version. Never cached by the browser ({@code no-cache}): it is what points at the current, immutable asset URLs.
 *
 * <p>Thread-safe: the filled-in template is read once per asset version and kept in a volatile field.
 */
final class ShellPage {
    private final Bundle bundle;
    private volatile Filled filled;

    private record Filled(String version, byte[] html) {}

    ShellPage(Bundle bundle) {
        this.bundle = bundle;
    }

    void write(HttpServletResponse response) throws IOException {
        Filled current = filled();
        if (current == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "the shell is not in this build");
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setContentLength(current.html().length);
        response.getOutputStream().write(current.html());
    }

    private Filled filled() throws IOException {
        String version = BundleFiles.versionToken(bundle);
        Filled current = filled;
        if (current != null && current.version().equals(version)) {
            return current;
        }
        URL entry = bundle.getEntry(ShellPaths.FOLDER + "index.html");
        if (entry == null) {
            return null;
        }
        try (InputStream in = entry.openStream()) {
            String template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            current = new Filled(version, ShellPaths.page(template, version).getBytes(StandardCharsets.UTF_8));
        }
        filled = current;
        return current;
    }
}
