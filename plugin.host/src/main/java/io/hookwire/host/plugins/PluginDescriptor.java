package io.hookwire.host.plugins;

import java.util.Dictionary;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;

import io.hookwire.api.plugin.PluginHeaders;

/**
 * A plugin's identity, read from its bundle's manifest headers without loading any of its classes.
 *
 * @param id {@code Plugin-Id}: {@code [a-z][a-z0-9-]*}, at most 40 characters
 * @param name {@code Plugin-Name}, or the id
 * @param category {@code core} or {@code optional}
 * @param migrations {@code Plugin-Migrations}: the changelog's path in the bundle, or {@code null}
 * @param client {@code Plugin-Client}: the browser module's path in the bundle, or {@code null}; it lies in a folder
 *        (never the bundle root, {@code META-INF/} or {@code OSGI-INF/}) and ends in {@code .js} or {@code .mjs}
 * @param symbolicName the bundle's symbolic name
 * @param version the bundle's version
 */
public record PluginDescriptor(String id, String name, String category, String migrations, String client,
        String symbolicName, String version) {

    /** The header that names the plugin's Liquibase changelog. */
    public static final String MIGRATIONS = "Plugin-Migrations";
    /** The header that names the plugin's browser module. */
    public static final String CLIENT = "Plugin-Client";

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final int MAX_ID = 40;

    /** Whether the plugin runs even when the kill switch or the safe mode stops the others. */
    public boolean core() {
        return PluginHeaders.CORE.equals(category);
    }

    /** The plugin id a bundle claims, or {@code null} when it has no {@code Plugin-Id} (a library). */
    static String claimedId(Dictionary<String, String> headers) {
        String id = headers.get(PluginHeaders.ID);
        return id == null ? null : id.trim();
    }

    /**
     * Reads the plugin headers of a bundle.
     *
     * @return {@code null} for a bundle without {@code Plugin-Id} (a library, not a plugin)
     * @throws IllegalArgumentException when a header is malformed, with what is wrong and what is expected
     */
    static PluginDescriptor of(Bundle bundle) {
        return of(bundle.getHeaders(""), bundle.getSymbolicName(), bundle.getVersion().toString());
    }

    static PluginDescriptor of(Dictionary<String, String> headers, String symbolicName, String version) {
        String id = claimedId(headers);
        if (id == null) {
            return null;
        }
        if (id.length() > MAX_ID || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Plugin-Id '" + id + "' must be lowercase letters, digits and '-',"
                    + " starting with a letter, at most " + MAX_ID + " characters, for example 'user-greeter'");
        }
        String category = value(headers, PluginHeaders.CATEGORY);
        if (category == null) {
            category = PluginHeaders.OPTIONAL;
        } else if (!category.equals(PluginHeaders.CORE) && !category.equals(PluginHeaders.OPTIONAL)) {
            throw new IllegalArgumentException("Plugin-Category of plugin '" + id + "' must be 'core' or 'optional',"
                    + " not '" + category + "'");
        }
        String name = value(headers, PluginHeaders.NAME);
        return new PluginDescriptor(id, name == null ? id : name, category, path(headers, MIGRATIONS, id),
                client(path(headers, CLIENT, id), id), symbolicName, version);
    }

    /**
     * The folder of the browser module ({@code client/} for {@code client/index.js}): the host serves every file
     * under it to anyone, so it must be a folder of its own, never the bundle root (classes, manifest) or the
     * bundle's metadata.
     */
    public String clientFolder() {
        return client == null ? null : client.substring(0, client.lastIndexOf('/') + 1);
    }

    /** Checks the folder rule of {@code Plugin-Client} (see {@link #clientFolder()}). */
    private static String client(String path, String id) {
        if (path == null) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        String folder = slash < 0 ? "" : path.substring(0, slash + 1);
        String top = folder.isEmpty() ? "" : folder.substring(0, folder.indexOf('/') + 1);
        String problem = null;
        if (folder.isEmpty()) {
            problem = "lies at the bundle root, whose every file (classes, manifest) would be served";
        } else if (top.equalsIgnoreCase("META-INF/") || top.equalsIgnoreCase("OSGI-INF/")) {
            problem = "lies under " + top + ", the bundle's metadata, which is never served";
        } else if (folder.contains("//") || folder.startsWith("./") || folder.contains("/./")) {
            problem = "has an empty or '.' folder name";
        } else if (!path.endsWith(".js") && !path.endsWith(".mjs") || path.endsWith("/.js") || path.endsWith("/.mjs")) {
            problem = "is not a JavaScript module (a file ending in .js or .mjs)";
        }
        if (problem != null) {
            throw new IllegalArgumentException(CLIENT + " '" + path + "' of plugin '" + id + "' " + problem
                    + ": name an ES module in a folder of its own, for example 'client/index.js' (every file under"
                    + " that folder is served to browsers)");
        }
        return path;
    }

    private static String value(Dictionary<String, String> headers, String header) {
        String value = headers.get(header);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A path inside the bundle: relative, without "..", so that it cannot point outside the bundle. */
    private static String path(Dictionary<String, String> headers, String header, String id) {
        String path = value(headers, header);
        if (path == null) {
            return null;
        }
        String clean = path.startsWith("/") ? path.substring(1) : path;
        if (clean.isEmpty() || clean.contains("..") || clean.contains("\\")) {
            throw new IllegalArgumentException(header + " of plugin '" + id + "' must be a path inside the bundle,"
                    + " for example 'db/changelog.xml', not '" + path + "'");
        }
        return clean;
    }

    /** The symbolic name of a bundle's manifest, without directives. */
    static String symbolicName(Dictionary<String, String> headers) {
        String bsn = headers.get(Constants.BUNDLE_SYMBOLICNAME);
        return bsn == null ? null : bsn.split(";")[0].trim();
    }
}
