package io.hookwire.host.clientplugins;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.hookwire.host.admin.ClientFailureStats;

/** Counting the browsers' failures per plugin × hook × kind, in bounded memory. */
class ClientTelemetryStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private static ClientFailure failure(String plugin, String hook, String kind, boolean timedOut, String message) {
        return new ClientFailure(plugin, hook, kind, timedOut, message, null, "/dashboard");
    }

    @Test
    void countsFailuresAndTimeoutsApartAndKeepsTheLastError() {
        ClientTelemetryStore store = new ClientTelemetryStore(10, Clock.fixed(NOW, ZoneOffset.UTC));
        store.record(failure("notes", "dashboard.sidebar", "widget", false, "first"));
        store.record(failure("notes", "dashboard.sidebar", "widget", true, "overran"));
        store.record(failure("notes", "dashboard.sidebar", "widget", false, "second"));
        store.record(failure("notes", "boot", "boot", false, "boom"));
        store.record(failure("audit", "interceptor", "interceptor", false, "bad request"));

        assertThat(store.all()).extracting(ClientFailureStats::plugin, ClientFailureStats::hook)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("audit", "interceptor"),
                        org.assertj.core.groups.Tuple.tuple("notes", "boot"),
                        org.assertj.core.groups.Tuple.tuple("notes", "dashboard.sidebar"));
        ClientFailureStats widget = store.forPlugin("notes").get(1);
        assertThat(widget.failures()).isEqualTo(2);
        assertThat(widget.timeouts()).isEqualTo(1);
        assertThat(widget.lastError().message()).isEqualTo("second");
        assertThat(widget.lastError().page()).isEqualTo("/dashboard");
        assertThat(widget.lastError().at()).isEqualTo(NOW);
        assertThat(store.forPlugin("nobody")).isEmpty();
    }

    @Test
    void keepsAtMostItsBoundDroppingTheRecordThatFailedLeastRecently() {
        ClientTelemetryStore store = new ClientTelemetryStore(3, Clock.fixed(NOW, ZoneOffset.UTC));
        store.record(failure("p", "a", "action", false, "x"));
        store.record(failure("p", "b", "action", false, "x"));
        store.record(failure("p", "c", "action", false, "x"));
        store.record(failure("p", "a", "action", false, "again")); // a failed most recently now
        store.record(failure("p", "d", "action", false, "x"));     // b goes

        assertThat(store.all()).extracting(ClientFailureStats::hook).containsExactly("a", "c", "d");
        assertThat(store.all().get(0).failures()).isEqualTo(2);
        for (int i = 0; i < 1000; i++) {
            store.record(failure("p", "hook-" + i, "filter", false, "x"));
        }
        assertThat(store.all()).hasSize(3);
    }
}
