package io.hookwire.host.clientplugins;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import io.hookwire.host.web.BundleFiles;
import io.hookwire.host.plugins.PluginEntry;
import io.hookwire.host.plugins.PluginRoster;

/**
 * Serves the plugins' browser modules: {@code /client/<pluginId>/<version>/<path>} is the file {@code <path>} of the
 * plugin's client folder (the folder of its {@code Plugin-Client} header), read with {@code Bundle.getEntry}, never
 * through a class loader (which would reach the bundle's imports and classes). Everything else is a 404: another
 * folder, a class file, the bundle's metadata, a directory, a wrong version token, a plugin that is not installed.
 * This keeps server code away from browsers (seed §0.1).
 *
 * <p>The version token ({@link ClientPaths#versionToken}) changes with each update of the bundle, so a file is
 * cached for ever ({@code immutable}); an ETag lets a revalidating client get a 304 anyway.
 *
 * <p>It is a servlet of the HTTP Whiteboard's default context: the pattern {@code /client/*} is more specific than
 * the JAX-RS whiteboard's {@code /*} (see the README's "HTTP" section for how the two share the root).
 */
@Component(service = Servlet.class, immediate = true)
@HttpWhiteboardServletPattern(ClientModuleServlet.PREFIX + "/*")
@HttpWhiteboardServletName("hookwire-client-modules")
public final class ClientModuleServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PREFIX = "/client";

    private final transient PluginRoster roster;

    @Activate
    public ClientModuleServlet(@Reference PluginRoster roster) {
        this.roster = roster;
    }

    /** The URL of a plugin's module, as the list of client plugins gives it. */
    static String moduleUrl(PluginEntry plugin) {
        return PREFIX + "/" + plugin.id() + "/" + token(plugin.bundle()) + "/"
                + plugin.client().substring(plugin.clientFolder().length());
    }

    static String token(Bundle bundle) {
        return BundleFiles.versionToken(bundle);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<URL> entry = ClientPaths.parse(request.getRequestURI(), request.getPathInfo()).flatMap(this::find);
        if (entry.isEmpty()) {
            BundleFiles.notFound(response, "no such client module file");
            return;
        }
        String path = request.getPathInfo();
        BundleFiles.serve(entry.get(), BundleFiles.contentType(path).orElse(ClientPaths.UNKNOWN_TYPE),
                path.split("/")[2], request, response);
    }

    /** The bundle entry a request names, when the plugin is installed, the token is current and the file exists. */
    private Optional<URL> find(ClientPaths.ModuleRequest request) {
        Optional<PluginEntry> plugin = roster.roster().find(request.pluginId())
                .filter(p -> p.installed() && p.clientFolder() != null);
        if (plugin.isEmpty()) {
            return Optional.empty();
        }
        Bundle bundle = plugin.get().bundle();
        if (!token(bundle).equals(request.version())) {
            return Optional.empty();
        }
        String name = plugin.get().clientFolder() + request.path();
        if (bundle.getEntryPaths(name + "/") != null) {
            return Optional.empty(); // a directory
        }
        try {
            return Optional.ofNullable(bundle.getEntry(name));
        } catch (IllegalStateException e) {
            return Optional.empty(); // uninstalled meanwhile
        }
    }
}
