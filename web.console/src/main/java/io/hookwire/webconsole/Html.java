package io.hookwire.webconsole;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.owasp.encoder.Encode;

/**
 * Writes a page body. Markup comes only from {@link #raw(String)}, which takes the pages' own literals; every value
 * goes through {@link #text(Object)} or {@link #attr(Object)}, which encode it with the OWASP encoder.
 *
 * <p>Both also encode {@code $}: the Web Console runs every text/html answer through a filter that replaces
 * {@code ${name}} with a variable or a translation, so a plugin named {@code ${appRoot}} would otherwise be shown as
 * something else.
 */
final class Html {
    /** What a missing value looks like. */
    static final String NONE = "\u2014";

    private final PrintWriter out;

    Html(PrintWriter out) {
        this.out = out;
    }

    /** Writes markup as it is. Only for the pages' own literals, never for a value. */
    Html raw(String markup) {
        out.write(markup);
        return this;
    }

    /** Writes a value as element content; {@code null} writes nothing. */
    Html text(Object value) {
        out.write(escapeText(value));
        return this;
    }

    /** Writes a value for a double-quoted attribute; {@code null} writes nothing. */
    Html attr(Object value) {
        out.write(escapeAttribute(value));
        return this;
    }

    /** Writes a table cell with an encoded value, or {@link #NONE} when there is none. */
    Html cell(Object value) {
        return raw("<td>").text(value == null || value.toString().isEmpty() ? NONE : value).raw("</td>");
    }

    /** A hidden form field. */
    Html hidden(String name, String value) {
        return raw("<input type=\"hidden\" name=\"").attr(name).raw("\" value=\"").attr(value).raw("\">");
    }

    static String escapeText(Object value) {
        return value == null ? "" : Encode.forHtml(value.toString()).replace("$", "&#36;");
    }

    static String escapeAttribute(Object value) {
        return value == null ? "" : Encode.forHtmlAttribute(value.toString()).replace("$", "&#36;");
    }

    /** An instant to the second, in UTC, or {@code null}. */
    static String time(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
