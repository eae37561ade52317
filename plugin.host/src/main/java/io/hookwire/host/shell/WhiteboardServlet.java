package io.hookwire.host.shell;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The HTTP Whiteboard patterns of a shell servlet ({@code osgi.http.whiteboard.servlet.pattern}), in the default
 * context, next to the JAX-RS whiteboard's {@code /*}: an exact or longer path pattern wins over {@code /*} by the
 * servlet specification's matching, so {@code /api/v1/...} stays with JAX-RS.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
@interface WhiteboardServlet {
    String PREFIX_ = "osgi.http.whiteboard.";

    /** {@code osgi.http.whiteboard.servlet.pattern}. */
    String[] servlet_pattern();
}
