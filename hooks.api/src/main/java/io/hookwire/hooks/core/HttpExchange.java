package io.hookwire.hooks.core;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the host knows of one HTTP request while it handles it.
 *
 * @param requestId the request's id, as logged and audited
 * @param method the HTTP method
 * @param path the request path, for example {@code /api/v1/notes}
 * @param query the raw query string, or an empty string
 * @param headers the request headers; names are compared without regard to case
 * @param remoteAddress the client's address
 * @param userId the signed-in user, or {@code null}
 * @param tenant the current tenant (team id), or {@code null}
 */
public record HttpExchange(String requestId, String method, String path, String query,
        Map<String, List<String>> headers, String remoteAddress, String userId, String tenant) {

    public HttpExchange {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        query = query == null ? "" : query;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        }
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
