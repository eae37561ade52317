package io.hookwire.host.pipeline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.ws.rs.container.ContainerRequestContext;

import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.host.tenants.CurrentTenant;

/**
 * Builds the {@link HttpExchange} that the pipeline's hooks get, once per request: the request filter stores it as
 * the request property {@value #PROPERTY}, and the response side reuses it.
 *
 * <p>Its {@code remoteAddress} comes from the servlet request that CXF keeps in the message it is handling
 * ({@value #SERVLET_REQUEST}). JAX-RS has no standard way to the client's address, and injecting the servlet request
 * ({@code @Context HttpServletRequest}) into these singleton extensions made the JAX-RS whiteboard refuse them in
 * the Pax Exam runtime, which takes the whole pipeline down with them.
 */
final class Exchanges {
    static final String PROPERTY = "hookwire.http.exchange";
    /** Headers whose values are credentials: handlers see that they were sent, not what they hold. */
    private static final List<String> SECRET_HEADERS = List.of("Authorization", "Proxy-Authorization", "Cookie");
    static final String HIDDEN = "<hidden>";
    /** Where CXF keeps the servlet request in a message ({@code AbstractHTTPDestination.HTTP_REQUEST}). */
    static final String SERVLET_REQUEST = "HTTP.REQUEST";

    private Exchanges() {}

    /** Whether the request is one the pipeline's hooks are about: under {@code /api/v1}. */
    static boolean underApi(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("api/v1") || p.startsWith("api/v1/");
    }

    /** The exchange of this request: the one stored earlier, or a new one (then stored). */
    static HttpExchange of(ContainerRequestContext request, RequestCaller caller) {
        if (request.getProperty(PROPERTY) instanceof HttpExchange stored) {
            return stored;
        }
        HttpExchange exchange = new HttpExchange(RequestIds.of(request), request.getMethod(),
                request.getUriInfo().getRequestUri().getPath(), request.getUriInfo().getRequestUri().getRawQuery(),
                headers(request.getHeaders()), remoteAddress(), caller.userId(), CurrentTenant.get());
        request.setProperty(PROPERTY, exchange);
        return exchange;
    }

    /** The client's address, from the request CXF is handling on this thread, or {@code null}. */
    static String remoteAddress() {
        try {
            org.apache.cxf.message.Message message = org.apache.cxf.phase.PhaseInterceptorChain.getCurrentMessage();
            return message != null && message.get(SERVLET_REQUEST) instanceof javax.servlet.ServletRequest servlet
                    ? servlet.getRemoteAddr() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A copy of the headers; a value the container holds as null (a header without a value) is empty. */
    static Map<String, List<String>> headers(Map<String, List<String>> raw) {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        raw.forEach((name, values) -> {
            if (name != null) {
                copy.put(name, values == null ? List.of()
                        : values.stream().map(v -> v == null ? "" : v).toList());
            }
        });
        for (String secret : SECRET_HEADERS) {
            copy.computeIfPresent(secret, (name, values) -> values.stream().map(v -> HIDDEN).toList());
        }
        return copy;
    }
}
