package io.hookwire.testplugin.recorder.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.DbQuery;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.IncomingRequest;
import io.hookwire.hooks.core.Payloads.LoggedIn;
import io.hookwire.hooks.core.RequestVerdict;
import io.hookwire.hooks.core.Session;
import io.hookwire.hooks.core.User;
import io.hookwire.hooks.impl.PluginHooks;

class RecorderTest {
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final User ADA = new User("u-1", "ada@example.com", "Ada", NOW);

    private final PluginHooks hooks = PluginHooks.standalone("test-recorder");

    @AfterEach
    void close() {
        hooks.close();
    }

    private static RecorderSettings settings(boolean dbQuery) {
        return new RecorderSettings() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return RecorderSettings.class;
            }

            @Override
            public boolean record_db_query() {
                return dbQuery;
            }
        };
    }

    private static IncomingRequest request(String path) {
        return new IncomingRequest(new HttpExchange("r", "GET", path, "", Map.of(), "::1", null, null),
                new RequestVerdict());
    }

    @Test
    void everyCoreActionButDbQueryHasAHandler() {
        new Recorder(hooks, settings(false));
        List<ActionHook<?>> actions = Recorder.actions();
        assertThat(actions).hasSize(18).contains(CoreHooks.OUTBOX_QUEUED, CoreHooks.APP_SHUTDOWN); // §8.1 and outbox:queued
        for (ActionHook<?> hook : actions) {
            assertThat(hooks.hasHandlers(hook)).as(hook.name()).isEqualTo(!hook.equals(CoreHooks.DB_QUERY));
        }
    }

    @Test
    void recordsDispatchesInOrderWithTheirPayloadsAsJson() {
        Recorder recorder = new Recorder(hooks, settings(false));
        hooks.dispatch(CoreHooks.AUTH_REGISTERED, ADA);
        hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery("SELECT 1", List.of(), 5));
        hooks.dispatch(CoreHooks.AUTH_LOGGED_IN, new LoggedIn(ADA, new Session("s-1", "u-1", NOW, NOW)));
        hooks.dispatch(CoreHooks.HTTP_REQUEST, request("/api/v1/test-recorder/events"));
        hooks.dispatch(CoreHooks.HTTP_REQUEST, request("/api/v1/notes"));
        hooks.dispatch(CoreHooks.APP_CAPABILITIES_REGISTER, (ability, description, roles) -> {});

        List<RecordedEvent> events = recorder.log().events(null, 0);
        assertThat(events).extracting(RecordedEvent::hook).containsExactly("auth:registered", "auth:logged_in",
                "http:request", "app:capabilities:register");
        assertThat(events).extracting(RecordedEvent::seq).containsExactly(1L, 2L, 3L, 4L);
        assertThat(events.get(0).payload().get("email").asText()).isEqualTo("ada@example.com");
        assertThat(events.get(0).payload().get("createdAt").asText()).isEqualTo("2026-11-27T09:00:00Z");
        assertThat(events.get(1).payload().get("session").get("id").asText()).isEqualTo("s-1");
        assertThat(events.get(2).payload().get("exchange").get("path").asText()).isEqualTo("/api/v1/notes");
        assertThat(events.get(3).payload().get("type").asText()).isNotBlank();

        assertThat(recorder.log().events("auth:logged_in", 0)).extracting(RecordedEvent::seq).containsExactly(2L);
        assertThat(recorder.log().events(null, 2)).extracting(RecordedEvent::seq).containsExactly(3L, 4L);
        recorder.log().clear();
        hooks.dispatch(CoreHooks.AUTH_MFA_VERIFIED, ADA);
        assertThat(recorder.log().events(null, 0)).extracting(RecordedEvent::seq).containsExactly(5L);
    }

    @Test
    void dbQueryIsRecordedOnlyWhileSwitchedOn() {
        Recorder recorder = new Recorder(hooks, settings(true));
        hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery("SELECT ?", java.util.Arrays.asList(1, null), 5));
        recorder.recordDbQuery(false);
        assertThat(hooks.hasHandlers(CoreHooks.DB_QUERY)).isFalse();
        hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery("SELECT 2", List.of(), 5));
        recorder.configure(settings(true));
        recorder.configure(settings(true));
        assertThat(hooks.handlers(CoreHooks.DB_QUERY)).hasSize(1);
        hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery("SELECT 3", List.of(), 5));

        assertThat(recorder.log().events("db:query", 0)).extracting(e -> e.payload().get("sql").asText())
                .containsExactly("SELECT ?", "SELECT 3");
        assertThat(recorder.log().events(null, 0).get(0).payload().get("bindings").toString()).isEqualTo("[1,null]");
    }

    @Test
    void stopsRecordingWhenDeactivated() {
        Recorder recorder = new Recorder(hooks, settings(true));
        recorder.deactivate();
        hooks.dispatch(CoreHooks.AUTH_REGISTERED, ADA);
        hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery("SELECT 1", List.of(), 5));
        assertThat(recorder.log().events(null, 0)).isEmpty();
        assertThat(hooks.hooks()).isEmpty();
    }

    @Test
    void theLogKeepsTheLatestEvents() {
        EventLog log = new EventLog();
        for (int i = 0; i < EventLog.CAPACITY + 5; i++) {
            log.record("auth:registered", ADA);
        }
        List<RecordedEvent> events = log.events(null, 0);
        assertThat(events).hasSize(EventLog.CAPACITY);
        assertThat(events.get(0).seq()).isEqualTo(6);
    }
}
