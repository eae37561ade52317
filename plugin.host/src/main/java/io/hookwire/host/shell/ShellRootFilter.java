package io.hookwire.host.shell;

import java.io.IOException;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The shell's page at the root, {@code /}. A servlet cannot take it: Felix HTTP ranks the root pattern {@code ""}
 * below the JAX-RS whiteboard's {@code /*}, so a {@code GET /} would reach JAX-RS and get its 404. A filter on the
 * root runs before whichever servlet was chosen, and answers a {@code GET} or {@code HEAD} of {@code /} itself;
 * anything else goes on down the chain untouched.
 */
@Component(service = Filter.class, property = "osgi.http.whiteboard.filter.pattern=")
public final class ShellRootFilter implements Filter {
    private final ShellPage page;

    @Activate
    public ShellRootFilter(BundleContext context) {
        this.page = new ShellPage(context.getBundle());
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                && root(http) && ("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            page.write(out);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean root(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.isEmpty() || "/".equals(path);
    }
}
