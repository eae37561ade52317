package io.hookwire.api.rest;

import java.util.Map;

/**
 * Thrown by a REST resource to answer with an error. The host turns it into the status and an {@link ApiError}
 * body; no stack trace reaches the client.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    /**
     * @param status the HTTP status, 400 to 599
     * @param code a stable, machine-readable code
     * @param message what went wrong and how to fix it
     * @param details further facts, or an empty map
     */
    public ApiException(int status, String code, String message, Map<String, Object> details) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an API error needs a 4xx or 5xx status, not " + status);
        }
        this.status = status;
        this.code = code;
        this.details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** A 400 that names the offending parameter or field. */
    public static ApiException badRequest(String field, String message) {
        return new ApiException(400, "invalid_argument", message, Map.of("field", field));
    }

    /** A 404 for something that does not exist. */
    public static ApiException notFound(String what, String id) {
        return new ApiException(404, "not_found", what + " '" + id + "' does not exist", Map.of(what, id));
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    /** The body to answer with. */
    public ApiError toError() {
        return new ApiError(code, getMessage(), details);
    }
}
