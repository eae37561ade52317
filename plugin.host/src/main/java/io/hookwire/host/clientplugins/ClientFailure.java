package io.hookwire.host.clientplugins;

import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.hookwire.api.rest.ApiException;

/**
 * One failure report of a web shell ({@code POST /api/v1/client-plugins/failures}), read and checked: each field's
 * bound is a rule of the API (a 400 names the field), so what is kept is bounded too.
 *
 * @param plugin the plugin id
 * @param hook the client hook, slot, page or phase; at most {@value #MAX_HOOK} characters
 * @param kind one of {@link #KINDS}
 * @param timedOut whether the callback overran its budget
 * @param message the error's message; at most {@value #MAX_MESSAGE} characters
 * @param stack its stack, or {@code null}; at most {@value #MAX_STACK} characters
 * @param page the page's path, or {@code null}; at most {@value #MAX_PAGE} characters, starting with '/'
 */
record ClientFailure(String plugin, String hook, String kind, boolean timedOut, String message, String stack,
        String page) {
    static final Set<String> KINDS = Set.of("boot", "action", "filter", "widget", "page", "interceptor", "dispose");
    static final int MAX_HOOK = 200;
    static final int MAX_MESSAGE = 2000;
    static final int MAX_STACK = 4000;
    static final int MAX_PAGE = 500;
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

    /**
     * Reads a report.
     *
     * @throws ApiException 400 naming the field that is missing, of the wrong type or too long
     */
    static ClientFailure of(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiException.badRequest("body", "send a JSON object: {\"plugin\", \"hook\", \"kind\", \"timedOut\","
                    + " \"message\", \"stack\", \"page\"}");
        }
        String plugin = text(body, "plugin", true, 40);
        if (!PLUGIN_ID.matcher(plugin).matches()) {
            throw ApiException.badRequest("plugin", "plugin must be a plugin id (lowercase letters, digits and '-')");
        }
        String hook = text(body, "hook", true, MAX_HOOK);
        if (hook.isBlank() || hook.contains("\n") || hook.contains("\r")) {
            throw ApiException.badRequest("hook", "hook must name the hook, slot, page or phase on one line");
        }
        String kind = text(body, "kind", true, 20);
        if (!KINDS.contains(kind)) {
            throw new ApiException(400, "invalid_argument", "kind must be one of " + KINDS.stream().sorted().toList()
                    + ", not '" + kind + "'", Map.of("field", "kind"));
        }
        JsonNode timedOut = body.get("timedOut");
        if (timedOut != null && !timedOut.isNull() && !timedOut.isBoolean()) {
            throw ApiException.badRequest("timedOut", "timedOut must be true or false");
        }
        String message = text(body, "message", false, MAX_MESSAGE);
        String page = text(body, "page", false, MAX_PAGE);
        if (page != null && !page.startsWith("/")) {
            throw ApiException.badRequest("page", "page must be the page's path, starting with '/'");
        }
        return new ClientFailure(plugin, hook, kind, timedOut != null && timedOut.asBoolean(),
                message == null ? "" : message, text(body, "stack", false, MAX_STACK), page);
    }

    private static String text(JsonNode body, String field, boolean required, int max) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            if (required) {
                throw ApiException.badRequest(field, field + " is required");
            }
            return null;
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(field, field + " must be a string");
        }
        String value = node.asText();
        if (value.length() > max) {
            throw new ApiException(400, "invalid_argument", field + " must be at most " + max + " characters, not "
                    + value.length(), Map.of("field", field, "max", max));
        }
        return CONTROL.matcher(value).replaceAll("");
    }

    /** One line for the log: no line breaks that could forge log lines. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
