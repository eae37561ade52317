package io.hookwire.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import io.hookwire.api.rest.ApiException;

/**
 * Where a page ends, in the listing's order (newest first: {@code at} descending, then {@code id} descending). The
 * next page starts right after it, so events recorded meanwhile never shift a page. Opaque to clients: URL-safe
 * Base64 of {@code <epoch micros>:<id>}.
 */
record Cursor(Instant at, long id) {
    static Cursor after(AuditEvent last) {
        return new Cursor(last.at(), last.id());
    }

    String encode() {
        long micros = Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000L), at.getNano() / 1_000L);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + ":" + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** @throws ApiException 400 naming {@code cursor} when it is not one this API gave out */
    static Cursor decode(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
            int colon = text.indexOf(':');
            long micros = Long.parseLong(text.substring(0, colon));
            long id = Long.parseLong(text.substring(colon + 1));
            return new Cursor(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), id);
        } catch (RuntimeException e) {
            throw ApiException.badRequest("cursor", "the cursor '" + cursor + "' is not one this API gave out;"
                    + " pass the nextCursor of the page before, or leave it out for the first page");
        }
    }
}
