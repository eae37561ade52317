package io.hookwire.audit.internal.dlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Redacts card numbers and configured patterns from response bodies. A JSON body is redacted value by value (see
 * {@link JsonRedaction}), so that it stays valid JSON and only the values that hold sensitive data change; a text
 * body is redacted as a whole; any other body is left as it is. Immutable and thread-safe: a new configuration
 * makes a new instance.
 */
public final class Redactor {
    private final boolean cards;
    private final List<Pattern> patterns;
    private final String replacement;

    /**
     * @param cards whether card numbers are redacted
     * @param patterns further patterns, each already checked not to match the empty text
     * @param replacement what replaces each match
     */
    public Redactor(boolean cards, List<Pattern> patterns, String replacement) {
        this.cards = cards;
        this.patterns = List.copyOf(patterns);
        this.replacement = Objects.requireNonNull(replacement, "replacement");
    }

    public String replacement() {
        return replacement;
    }

    public boolean redactsCards() {
        return cards;
    }

    /**
     * The body with what is sensitive replaced; the very same string when nothing was.
     *
     * @param mediaType the body's content type, or {@code null}
     */
    public String redactBody(String mediaType, String body) {
        return switch (kind(mediaType)) {
            case JSON -> JsonRedaction.redact(body, this);
            case TEXT -> redactText(body);
            case OTHER -> body;
        };
    }

    /** The text with every card number and every match of a pattern replaced; the same string when none was. */
    public String redactText(String text) {
        String result = cards ? redactCards(text) : text;
        for (Pattern pattern : patterns) {
            Matcher m = pattern.matcher(result);
            if (m.find()) {
                result = m.replaceAll(Matcher.quoteReplacement(replacement));
            }
        }
        return result;
    }

    private String redactCards(String text) {
        List<CardNumbers.Span> spans = CardNumbers.find(text);
        if (spans.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        for (CardNumbers.Span span : spans) {
            out.append(text, copied, span.start()).append(replacement);
            copied = span.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    enum Kind { JSON, TEXT, OTHER }

    /** JSON: application/json and any type with a {@code +json} suffix; text: {@code text/*}. */
    static Kind kind(String mediaType) {
        if (mediaType == null) {
            return Kind.OTHER;
        }
        String type = mediaType.toLowerCase(Locale.ROOT);
        int semicolon = type.indexOf(';');
        type = (semicolon < 0 ? type : type.substring(0, semicolon)).strip();
        if (type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"))) {
            return Kind.JSON;
        }
        return type.startsWith("text/") ? Kind.TEXT : Kind.OTHER;
    }
}
