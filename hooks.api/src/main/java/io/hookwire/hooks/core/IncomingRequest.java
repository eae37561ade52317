package io.hookwire.hooks.core;

import java.util.Objects;

/**
 * {@code http:request}: a request about to be handled, and the verdict a handler may use to refuse it.
 *
 * @param exchange the request
 * @param verdict where a handler refuses it
 */
public record IncomingRequest(HttpExchange exchange, RequestVerdict verdict) {
    public IncomingRequest {
        Objects.requireNonNull(exchange, "exchange");
        Objects.requireNonNull(verdict, "verdict");
    }
}
