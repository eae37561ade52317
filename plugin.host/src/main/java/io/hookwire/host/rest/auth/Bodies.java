package io.hookwire.host.rest.auth;

import java.io.IOException;

import io.hookwire.host.accounts.Input;
import io.hookwire.host.rest.JsonMapping;

/**
 * Request bodies, read as JSON whatever the content type says (so that {@code curl -d '{...}'} works without a
 * header). JSON of the wrong shape is answered 400 by the JSON error mapper; no body at all is a 400 that shows an
 * example.
 */
public final class Bodies {
    private Bodies() {}

    public static <T> T read(String body, Class<T> type, String example) throws IOException {
        T value = body == null || body.isBlank() ? null : JsonMapping.MAPPER.readValue(body, type);
        return Input.body(value, example);
    }
}
