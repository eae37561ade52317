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
 * <p>Its {@code remoteAddress} is {@code null} for now: JAX-RS has no standard way to the client's address, and
 * injecting the servlet request ({@code @Context HttpServletRequest}, which CXF offers) into these extensions made
 * the JAX-RS whiteboard refuse them in the Pax Exam runtime (failure reason "unknown"; java -jar was not affected),
 * which takes the whole pipeline down with them.
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
    static HttpExchange of(ContainerRequestContext request, RequestCaller caller) {
        if (request.getProperty(PROPERTY) instanceof HttpExchange stored) {
            return stored;
        }
        HttpExchange exchange = new HttpExchange(RequestIds.of(request), request.getMethod(),
                request.getUriInfo().getRequestUri().getPath(), request.getUriInfo().getRequestUri().getRawQuery(),
                headers(request.getHeaders()), null, caller.userId(), CurrentTenant.get());
        request.setProperty(PROPERTY, exchange);
        return exchange;
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
