package io.hookwire.audit.internal.dlp;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * Redacts a JSON document value by value: each string value is decoded, redacted as text, and written back (quoted
 * and escaped) only if it changed; an integer value that is a card number becomes the replacement, as a string.
 * Everything else (names, structure, whitespace, the other values) keeps its exact characters, so the result is
 * still valid JSON. A body that is not JSON after all is redacted as text.
 */
final class JsonRedaction {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonRedaction() {}

    static String redact(String json, Redactor redactor) {
        StringBuilder out = null;
        int copied = 0;
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                String replaced = null;
                int start = (int) parser.currentTokenLocation().getCharOffset();
                if (token == JsonToken.VALUE_STRING) {
                    String value = parser.getText();
                    String redacted = redactor.redactText(value);
                    if (!redacted.equals(value)) {
                        replaced = quote(redacted);
                    }
                } else if (token == JsonToken.VALUE_NUMBER_INT && redactor.redactsCards()
                        && CardNumbers.isCardNumber(parser.getText())) {
                    replaced = quote(redactor.replacement());
                }
                if (replaced != null) {
                    // after getText() the parser stands right behind the token (the closing quote of a string)
                    int end = (int) parser.currentLocation().getCharOffset();
                    out = out == null ? new StringBuilder(json.length()) : out;
                    out.append(json, copied, start).append(replaced);
                    copied = end;
                }
            }
        } catch (IOException | RuntimeException notJson) {
            return redactor.redactText(json);
        }
        return out == null ? json : out.append(json, copied, json.length()).toString();
    }

    private static String quote(String text) {
        return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
    }
}
