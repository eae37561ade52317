package io.hookwire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hookwire.api.auth.Caller;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CapabilityRegistry;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.DbQuery;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.IncomingRequest;
import io.hookwire.hooks.core.Payloads.MemberAdded;
import io.hookwire.hooks.core.Payloads.TeamCreated;
import io.hookwire.hooks.core.RequestVerdict;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;
import io.hookwire.hooks.impl.PluginHooks;

class AuditRecorderTest {
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final User ADA = new User("u-ada", "ada@example.com", "Ada", NOW);
    private static final User LIN = new User("u-lin", "lin@example.com", "Lin", NOW);
    private static final Team TEAM = new Team("t-1", "Engines", "u-ada");

    private final TestDatabase db;
    private final AuditRepository repository;
    private final PluginHooks hooks = PluginHooks.standalone("enterprise-audit");

    AuditRecorderTest() throws Exception {
        db = new TestDatabase();
        repository = new AuditRepository(db.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        hooks.close();
        db.close();
    }

    private List<AuditEvent> events() throws Exception {
        return repository.find(EventQuery.firstPage(200)).events().reversed();
    }

    @Test
    void everyCoreActionButDbQueryHttpRequestAndTheOutboxIsRecorded() {
        Set<String> names = RecordedHooks.all().stream().map(ActionHook::name)
                .collect(java.util.stream.Collectors.toSet());
        assertThat(names).contains("auth:registered", "auth:logged_in", "auth:mfa_verified", "auth:password_reset",
                "team:created", "team:updated", "team:member_added", "team:member_removed",
                "billing:customer_created", "billing:subscription_created", "billing:subscription_updated",
                "billing:invoice_paid", "audit:record", "app:capabilities:register", "app:shutdown")
                .doesNotContain("db:query", "http:request", "outbox:queued")
                .hasSize(15);
    }

    @Test
    void theComponentRecordsDispatchedActionsAfterTheyFireAndStopsWhenDeactivated() throws Exception {
        AuditRecorder recorder = new AuditRecorder(hooks, db.dataSource());
        assertThat(hooks.handlers(CoreHooks.AUTH_REGISTERED)).extracting(HandlerInfo::plugin, HandlerInfo::id)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("enterprise-audit", AuditRecorder.HANDLER_ID));
        assertThat(hooks.hasHandlers(CoreHooks.DB_QUERY)).isFalse();
        assertThat(hooks.hasHandlers(CoreHooks.HTTP_REQUEST)).isFalse();

        hooks.dispatch(CoreHooks.AUTH_REGISTERED, ADA);
        hooks.dispatch(CoreHooks.TEAM_CREATED, new TeamCreated(TEAM, ADA));
        hooks.dispatch(CoreHooks.TEAM_MEMBER_ADDED, new MemberAdded(TEAM, LIN, Role.MEMBER));
        hooks.dispatch(CoreHooks.AUDIT_RECORD, new AuditRecord("admin", "plugin.disabled", "plugin/notes",
                Map.of("tenant", "acme"), NOW));
        hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery("SELECT 1", List.of(), 10));
        hooks.dispatch(CoreHooks.HTTP_REQUEST, new IncomingRequest(
                new HttpExchange("r", "GET", "/api/v1/x", null, Map.of(), "::1", null, null), new RequestVerdict()));
        hooks.dispatch(CoreHooks.APP_CAPABILITIES_REGISTER, (ability, description, roles) -> {});

        List<AuditEvent> events = events();
        assertThat(events).extracting(AuditEvent::hook).containsExactly("auth:registered", "team:created",
                "team:member_added", "audit:record", "app:capabilities:register");
        assertThat(events.get(0)).extracting(AuditEvent::actor, AuditEvent::resource, AuditEvent::tenant)
                .containsExactly("u-ada", "user/u-ada", null);
        assertThat(events.get(1)).extracting(AuditEvent::actor, AuditEvent::resource, AuditEvent::tenant)
                .containsExactly("u-ada", "team/t-1", "t-1");
        assertThat(events.get(2)).extracting(AuditEvent::resource, AuditEvent::tenant)
                .containsExactly("team/t-1/member/u-lin", "t-1");
        assertThat(events.get(3)).extracting(AuditEvent::actor, AuditEvent::resource)
                .containsExactly("admin", "plugin/notes");
        assertThat(events.get(4).payload()).isEqualTo("{}");

        JsonNode member = new ObjectMapper().readTree(events.get(2).payload());
        assertThat(member.get("user").get("email").asText()).isEqualTo("lin@example.com");
        assertThat(member.get("role").get("name").asText()).isEqualTo("member");
        assertThat(member.get("user").get("createdAt").asText()).isEqualTo("2026-11-27T09:00:00Z");

        recorder.deactivate();
        hooks.dispatch(CoreHooks.AUTH_REGISTERED, LIN);
        assertThat(events()).hasSize(5);
        assertThat(hooks.hasHandlers(CoreHooks.AUTH_REGISTERED)).isFalse();
    }

    @Test
    void theSignedInCallerIsTheActorAndTheirTeamTheTenant() throws Exception {
        Caller admin = new Caller(ADA, "t-9", Role.ADMIN, "s-1");
        EventRecorder recorder = new EventRecorder(repository, () -> admin, Clock.fixed(NOW, ZoneOffset.UTC));
        AuditEvent event = recorder.record("team:member_added", new MemberAdded(TEAM, LIN, Role.MEMBER));
        assertThat(event).extracting(AuditEvent::actor, AuditEvent::tenant, AuditEvent::at)
                .containsExactly("u-ada", "t-9", NOW);
        assertThat(events()).containsExactly(event);
    }

    @Test
    void anEventNamesTheRequestThatCausedIt() throws Exception {
        EventRecorder recorder = new EventRecorder(repository, Caller::anonymous, Clock.systemUTC(),
                () -> "ea-1234");
        AuditEvent event = recorder.record("auth:registered", LIN);
        assertThat(event.requestId()).isEqualTo("ea-1234");
        assertThat(events()).extracting(AuditEvent::requestId).containsExactly("ea-1234");

        // an audit:record announced on another thread keeps the request it came from
        AuditEvent announced = recorder.record("audit:record", new io.hookwire.hooks.core.AuditRecord("admin",
                "plugin.disabled", "plugin/notes", null, NOW, "ea-from-admin"));
        assertThat(announced.requestId()).isEqualTo("ea-from-admin");

        EventRecorder outside = new EventRecorder(repository, Caller::anonymous, Clock.systemUTC());
        assertThat(outside.record("auth:registered", LIN).requestId()).isNull();
    }

    @Test
    void anAnonymousCallerLeavesTheActorToThePayload() {
        EventRecorder recorder = new EventRecorder(repository, Caller::anonymous, Clock.systemUTC());
        assertThat(recorder.record("billing:invoice_paid", new io.hookwire.hooks.core.Invoice("in-1", "c-1", null,
                1200, "EUR", NOW)))
                .extracting(AuditEvent::actor, AuditEvent::resource).containsExactly(null, "invoice/in-1");
    }

    @Test
    void theAbilityIsDeclaredForAdmins() {
        java.util.List<String> declared = new java.util.ArrayList<>();
        CapabilityRegistry registry = (ability, description, roles) -> declared.add(ability + " " + roles);
        new AuditAbilities().handle(registry);
        assertThat(declared).containsExactly("audit:read [admin]", "audit:read_all []");
    }
}
