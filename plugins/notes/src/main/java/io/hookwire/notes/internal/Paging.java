package io.hookwire.notes.internal;

import io.hookwire.api.rest.ApiException;

/** Query parameters read by hand, so that a bad one is a 400 that names it (JAX-RS would answer 404). */
final class Paging {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;
    static final int MAX_OFFSET = 100_000;

    private Paging() {}

    static int integer(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw ApiException.badRequest(name, "'" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + value + "'");
    }

    static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest(name, "'" + name + "' must be true or false, not '" + value
                    + "'");
        };
    }
}
