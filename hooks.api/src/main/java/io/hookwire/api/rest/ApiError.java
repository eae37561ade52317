package io.hookwire.api.rest;

import java.util.Map;

/**
 * The JSON body of every error answer of the REST API.
 *
 * @param error a stable, machine-readable code, for example {@code invalid_argument}
 * @param message what went wrong and how to fix it, for people
 * @param details further facts, for example the offending field
 */
public record ApiError(String error, String message, Map<String, Object> details) {
    public ApiError {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
