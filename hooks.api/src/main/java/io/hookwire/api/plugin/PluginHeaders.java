package io.hookwire.api.plugin;

/**
 * The manifest headers that make a bundle a Hookwire plugin. The host reads them without loading any class of the
 * bundle. A plugin sets them in its {@code bnd.bnd}:
 *
 * <pre>
 * Plugin-Id: user-greeter
 * Plugin-Name: User Greeter
 * Plugin-Category: optional
 * </pre>
 *
 * <table>
 * <caption>Headers</caption>
 * <tr><th>header</th><th>required</th><th>rule</th></tr>
 * <tr><td>{@value #ID}</td><td>yes</td><td>{@code [a-z][a-z0-9-]*}, at most 40 characters, unique in the runtime;
 *     a bundle without it is a library, not a plugin</td></tr>
 * <tr><td>{@value #NAME}</td><td>no</td><td>the name shown to operators; default: the id</td></tr>
 * <tr><td>{@value #CATEGORY}</td><td>no</td><td>{@value #CORE} or {@value #OPTIONAL} (the default); core plugins run
 *     even when the kill switch stops the others</td></tr>
 * </table>
 */
public final class PluginHeaders {
    private PluginHeaders() {}

    /** The plugin id. */
    public static final String ID = "Plugin-Id";
    /** The name shown to operators. */
    public static final String NAME = "Plugin-Name";
    /** {@value #CORE} or {@value #OPTIONAL}. */
    public static final String CATEGORY = "Plugin-Category";
    /** A plugin that runs even when the others are disabled. */
    public static final String CORE = "core";
    /** A plugin that the kill switch stops (the default). */
    public static final String OPTIONAL = "optional";
}
