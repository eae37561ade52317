package io.hookwire.host.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;

import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.host.tenants.CurrentTenant;

/**
 * Builds the {@link HttpExchange} that the pipeline's hooks get, once per request: the request filter stores it as
 * the request property {@value #PROPERTY}, and the response side reuses it.
 */
final class Exchanges {
    static final String PROPERTY = "hookwire.http.exchange";
    /** Headers whose values are credentials: handlers see that they were sent, not what they hold. */
    private static final List<String> SECRET_HEADERS = List.of("Authorization", "Proxy-Authorization", "Cookie");
    static final String HIDDEN = "<hidden>";

    private Exchanges() {}

    /** Whether the request is one the pipeline's hooks are about: under {@code /api/v1}. */
    static boolean underApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api/v1") || p.startsWith("api/v1/");
    }

    /** The exchange of this request: the one stored earlier, or a new one (then stored). */
    static HttpExchange of(ContainerRequestContext request, HttpServletRequest servlet, RequestCaller caller) {
        if (request.getProperty(PROPERTY) instanceof HttpExchange stored) {
            return stored;
        }
        Object id = request.getProperty(RequestIds.PROPERTY);
        HttpExchange exchange = new HttpExchange(id instanceof String s ? s : RequestIds.generate(),
                request.getMethod(), request.getUriInfo().getRequestUri().getPath(),
                request.getUriInfo().getRequestUri().getRawQuery(), headers(request.getHeaders()),
                remoteAddress(servlet), caller.userId(), CurrentTenant.get());
        request.setProperty(PROPERTY, exchange);
        return exchange;
    }

    static Map<String, List<String>> headers(Map<String, List<String>> raw) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(raw);
        for (String secret : SECRET_HEADERS) {
            copy.computeIfPresent(secret, (name, values) -> values.stream().map(v -> HIDDEN).toList());
        }
        return copy;
    }

    /** The client's address; {@code null} when the servlet request is not at hand (outside a servlet container). */
    private static String remoteAddress(HttpServletRequest servlet) {
        try {
            return servlet == null ? null : servlet.getRemoteAddr();
        } catch (RuntimeException e) { // a context proxy with nothing behind it
            return null;
        }
    }
}
