package io.hookwire.webconsole;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component property type that makes a {@code jakarta.servlet.Servlet} service a Felix Web Console page. The console
 * (5.x) picks up every Servlet service that has both {@code felix.webconsole.label} and {@code felix.webconsole.title};
 * the HTTP whiteboard ignores it, because it has no whiteboard pattern.
 *
 * <table>
 * <caption>Service properties</caption>
 * <tr><th>property</th><th>type</th><th>required</th><th>when invalid</th></tr>
 * <tr><td>felix.webconsole.label</td><td>String, one URL path segment</td><td>yes</td><td>the console ignores the
 *     service</td></tr>
 * <tr><td>felix.webconsole.title</td><td>String</td><td>yes</td><td>the console ignores the service</td></tr>
 * <tr><td>felix.webconsole.category</td><td>String</td><td>no, default {@value #CATEGORY}</td><td>-</td></tr>
 * </table>
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface WebConsolePage {
    /** Makes the element names below the console's property names, for example {@code felix.webconsole.label}. */
    String PREFIX_ = "felix.webconsole.";

    /** The navigation group of Hookwire's pages. */
    String CATEGORY = "Hookwire";

    /** The page's address under {@code /system/console/}. */
    String label();

    /** The page's title in the navigation. */
    String title();

    /** The navigation group. */
    String category() default CATEGORY;
}
