package io.hookwire.host.shell;

import java.io.IOException;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The shell's pages: every client-side route answers the same HTML ({@link ShellPage}), so that a reload of any
 * deep link works. The patterns are exact paths or path prefixes, which win over the JAX-RS whiteboard's {@code /*}
 * in the same default context. The root, {@code /}, is {@link ShellRootFilter}'s: Felix HTTP ranks the root
 * pattern {@code ""} below {@code /*}.
 */
@Component(service = Servlet.class)
@WhiteboardServlet(servlet_pattern = {"/login", "/register", "/forgot-password", "/reset-password", "/dashboard",
        "/settings/*", "/profile/*", "/teams/*", "/admin/*", "/p/*"})
public final class ShellServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient ShellPage page;

    @Activate
    public ShellServlet(BundleContext context) {
        this.page = new ShellPage(context.getBundle());
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        page.write(response);
    }
}
