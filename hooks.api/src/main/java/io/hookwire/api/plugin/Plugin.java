package io.hookwire.api.plugin;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.annotation.bundle.Header;

/**
 * Makes a bundle a Hookwire plugin. Put it on a package (in {@code package-info.java}) or a class; bnd turns it into
 * the manifest headers the host reads without loading any plugin class:
 *
 * <pre>{@code
 * @Plugin(id = "user-greeter", name = "User Greeter")
 * package io.hookwire.greeter;
 * }</pre>
 *
 * <table>
 * <caption>Manifest headers</caption>
 * <tr><th>header</th><th>element</th><th>rule</th></tr>
 * <tr><td>{@value #ID}</td><td>{@link #id()}</td><td>{@code [a-z][a-z0-9-]*}, at most 40 characters; unique</td></tr>
 * <tr><td>{@value #NAME}</td><td>{@link #name()}</td><td>free text</td></tr>
 * <tr><td>{@value #CATEGORY}</td><td>{@link #category()}</td><td>{@code core} or {@code optional}</td></tr>
 * </table>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Header(name = Plugin.ID, value = "${#id}")
@Header(name = Plugin.NAME, value = "${#name}")
@Header(name = Plugin.CATEGORY, value = "${#category}")
public @interface Plugin {
    /** The manifest header that holds the plugin id. */
    String ID = "Plugin-Id";
    /** The manifest header that holds the plugin's display name. */
    String NAME = "Plugin-Name";
    /** The manifest header that holds {@code core} or {@code optional}. */
    String CATEGORY = "Plugin-Category";
    /** A core plugin runs even when plugins are disabled by the kill switch. */
    String CORE = "core";
    /** An optional plugin (the default). */
    String OPTIONAL = "optional";

    /** The plugin id: lowercase letters, digits and {@code -}, starting with a letter; at most 40 characters. */
    String id();

    /** The name shown to operators. */
    String name();

    /** {@value #CORE} or {@value #OPTIONAL}. */
    String category() default OPTIONAL;
}
