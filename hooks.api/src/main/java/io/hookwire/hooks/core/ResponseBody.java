package io.hookwire.hooks.core;

import java.util.Objects;

/**
 * {@code http:response}: the body about to be written, which a filter may transform (data loss prevention).
 *
 * @param status the HTTP status
 * @param mediaType the content type, for example {@code application/json}
 * @param text the serialized body
 */
public record ResponseBody(int status, String mediaType, String text) {
    public ResponseBody {
        Objects.requireNonNull(text, "text");
    }

    /** The same response with another body. */
    public ResponseBody withText(String newText) {
        return new ResponseBody(status, mediaType, newText);
    }
}
