package io.hookwire.host.shell;

import java.io.IOException;
import java.net.URL;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.hookwire.host.web.BundleFiles;

/**
 * The shell's assets, {@code /shell/<version>/<path>}, read from this bundle's {@code shell/} folder and nowhere
 * else. The URL carries the version, so the answer is cached forever ({@code immutable}); another version, a
 * directory, a missing file, a type the shell does not serve, or a path that could escape the folder is a 404
 * ({@link BundleFiles} answers both).
 *
 * <p>The path is checked as it came on the wire ({@link HttpServletRequest#getRequestURI()}), not after the
 * container decoded it, so that an escaped {@code ..} cannot slip through. Stateless, hence thread-safe.
 */
@Component(service = Servlet.class)
@WhiteboardServlet(servlet_pattern = "/shell/*")
public final class ShellAssetServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String PREFIX = "/shell";

    private final transient Bundle bundle;

    @Activate
    public ShellAssetServlet(BundleContext context) {
        this.bundle = context.getBundle();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String uri = request.getRequestURI();
        String base = request.getContextPath() + PREFIX;
        String version = BundleFiles.versionToken(bundle);
        Optional<String> path = uri.startsWith(base) ? ShellPaths.assetPath(uri.substring(base.length()), version)
                : Optional.empty();
        // index.html is the page template: it is only served filled in, at the shell's routes
        Optional<String> type = path.filter(p -> !p.equals("index.html")).flatMap(BundleFiles::contentType);
        URL entry = type.isEmpty() ? null : bundle.getEntry(ShellPaths.FOLDER + path.get());
        if (entry == null || bundle.getEntry(ShellPaths.FOLDER + path.get() + "/") != null) {
            BundleFiles.notFound(response, "no such file of the shell");
            return;
        }
        BundleFiles.serve(entry, type.get(), version, request, response);
    }
}
