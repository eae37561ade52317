package io.hookwire.audit.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.HookNames;

/**
 * The filters and the page of {@code GET /api/v1/audit/events}, checked: each bad parameter is a 400 that names it.
 *
 * @param hook only this action, or {@code null}
 * @param actor only this actor, or {@code null}
 * @param from only events at or after this, or {@code null}
 * @param to only events before this, or {@code null}
 * @param limit at most this many events, 1 to {@value #MAX_LIMIT}
 * @param cursor the page starts after this, or {@code null}
 * @param offset skip this many (only without a cursor)
 * @param tenant only the events of this team, or {@code null} for every event (the whole trail)
 */
public record EventQuery(String hook, String actor, Instant from, Instant to, int limit, Cursor cursor,
        int offset, String tenant) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_OFFSET = 100_000;

    /** Every event, the first page. */
    public static EventQuery firstPage(int limit) {
        return new EventQuery(null, null, null, null, limit, null, 0, null);
    }

    /** The query from the raw query parameters; blank means absent. */
    public static EventQuery parse(String hook, String actor, String from, String to, String limit, String cursor,
            String offset) {
        String h = blankToNull(hook);
        if (h != null && !HookNames.isValid(h)) {
            throw ApiException.badRequest("hook", HookNames.problem(h));
        }
        Instant start = instant("from", from);
        Instant end = instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw ApiException.badRequest("to", "'to' (" + end + ") must be after 'from' (" + start + ")");
        }
        int size = integer("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        int skip = integer("offset", offset, 0, 0, MAX_OFFSET);
        Cursor after = blankToNull(cursor) == null ? null : Cursor.decode(cursor.strip());
        if (after != null && skip > 0) {
            throw ApiException.badRequest("offset", "give either a cursor or an offset, not both");
        }
        return new EventQuery(h, blankToNull(actor), start, end, size, after, skip, null);
    }

    /** The same query, for the page after {@code cursor}. */
    public EventQuery after(Cursor next) {
        return new EventQuery(hook, actor, from, to, limit, next, 0, tenant);
    }

    /** The same query, kept to the events of one team. */
    public EventQuery inTenant(String team) {
        return new EventQuery(hook, actor, from, to, limit, cursor, offset, team);
    }

    private static Instant instant(String name, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(name, "'" + name + "' must be an ISO-8601 instant in UTC, for example"
                    + " 2026-11-27T09:30:00Z, not '" + v + "'");
        }
    }

    private static int integer(String name, String value, int absent, int min, int max) {
        String v = blankToNull(value);
        if (v == null) {
            return absent;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, with the range
        }
        throw ApiException.badRequest(name, "'" + name + "' must be a whole number from " + min + " to " + max
                + ", not '" + v + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
