package io.hookwire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.hookwire.api.rest.ApiException;

class EventQueryTest {
    private static void refused(String field, String messagePart, ThrowingQuery query) {
        assertThatThrownBy(query::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.details()).containsEntry("field", field);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }

    interface ThrowingQuery {
        void run();
    }

    @Test
    void absentParametersGiveTheFirstPageOfEverything() {
        EventQuery q = EventQuery.parse(null, " ", "", null, null, null, null);
        assertThat(q).isEqualTo(EventQuery.firstPage(EventQuery.DEFAULT_LIMIT));
    }

    @Test
    void goodParametersAreKept() {
        EventQuery q = EventQuery.parse("auth:registered", "u-1", "2026-11-01T00:00:00Z", "2026-11-02T00:00:00Z",
                "200", null, "10");
        assertThat(q.hook()).isEqualTo("auth:registered");
        assertThat(q.actor()).isEqualTo("u-1");
        assertThat(q.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(q.limit()).isEqualTo(200);
        assertThat(q.offset()).isEqualTo(10);
    }

    @Test
    void eachBadParameterIsNamed() {
        refused("limit", "from 1 to 200", () -> EventQuery.parse(null, null, null, null, "201", null, null));
        refused("limit", "not 'ten'", () -> EventQuery.parse(null, null, null, null, "ten", null, null));
        refused("limit", "from 1 to 200", () -> EventQuery.parse(null, null, null, null, "0", null, null));
        refused("offset", "from 0", () -> EventQuery.parse(null, null, null, null, null, null, "-1"));
        refused("from", "ISO-8601", () -> EventQuery.parse(null, null, "yesterday", null, null, null, null));
        refused("to", "ISO-8601", () -> EventQuery.parse(null, null, null, "2026-11-01", null, null, null));
        refused("to", "must be after", () -> EventQuery.parse(null, null, "2026-11-02T00:00:00Z",
                "2026-11-01T00:00:00Z", null, null, null));
        refused("hook", "domain:event", () -> EventQuery.parse("Auth Registered", null, null, null, null, null, null));
        refused("cursor", "not one this API gave out",
                () -> EventQuery.parse(null, null, null, null, null, "%%%", null));
        refused("cursor", "not one this API gave out",
                () -> EventQuery.parse(null, null, null, null, null, "bm9jb2xvbg", null));
        String cursor = new Cursor(Instant.parse("2026-11-01T00:00:00Z"), 5).encode();
        refused("offset", "either a cursor or an offset",
                () -> EventQuery.parse(null, null, null, null, null, cursor, "3"));
    }

    @Test
    void aCursorRoundTripsToTheMicrosecond() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-01T10:00:00.123456Z"), 42);
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        Cursor beforeEpoch = new Cursor(Instant.parse("1969-12-31T23:59:59.999999Z"), 1);
        assertThat(Cursor.decode(beforeEpoch.encode())).isEqualTo(beforeEpoch);
    }
}
