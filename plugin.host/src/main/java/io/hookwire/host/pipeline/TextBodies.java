package io.hookwire.host.pipeline;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;

import javax.ws.rs.core.MediaType;

/**
 * Which response bodies {@code http:response} filters: text that a person or a program reads, that is JSON
 * ({@code application/json}, {@code application/*+json}), XML, JavaScript, forms and {@code text/*}. Not binary
 * bodies ({@code application/octet-stream}, images, archives...), which pass untouched and unbuffered, and not
 * {@code text/event-stream}, which is a stream that never ends.
 */
final class TextBodies {
    private TextBodies() {}

    static boolean filterable(MediaType type) {
        if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
            return false; // nobody said what it is: leave it alone
        }
        String main = type.getType();
        String sub = type.getSubtype();
        if (main.equalsIgnoreCase("text")) {
            return !sub.equalsIgnoreCase("event-stream");
        }
        if (!main.equalsIgnoreCase("application")) {
            return false;
        }
        String s = sub.toLowerCase(java.util.Locale.ROOT);
        return s.equals("json") || s.endsWith("+json") || s.equals("xml") || s.endsWith("+xml")
                || s.equals("javascript") || s.equals("x-www-form-urlencoded");
    }

    /** The body's charset: the media type's {@code charset}, else UTF-8; {@code null} when Java does not know it. */
    static Charset charset(MediaType type) {
        String name = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
