package io.hookwire.host.bouncer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hookwire.api.auth.Caller;
import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.CapabilityRegistry;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.User;
import io.hookwire.host.accounts.HostTables;
import io.hookwire.host.accounts.RecordingHooks;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.liquibase.TestDatabase;

/** The Bouncer: who declared what (from the call stack), grants kept in the database, and the checks. */
class HostBouncerTest {
    private static final User ADA = new User("u1", "ada@example.com", "Ada", Instant.EPOCH);

    /** A plugin's handler of app:capabilities:register. */
    static final class NotesHandler {
        static void declare(CapabilityRegistry registry) {
            registry.declare("notes:write", "Write notes", Set.of("member"));
            registry.declare("notes:purge", "Purge the trash"); // nobody until granted
        }
    }

    private TestDatabase db;
    private final RecordingHooks hooks = new RecordingHooks();
    private HostBouncer bouncer;

    private HostBouncer bouncer() throws Exception {
        return new HostBouncer(db.dataSource, new AuditTrail(db.dataSource, hooks), java.time.Clock.systemUTC(),
                (domain, declarer) -> false,
                type -> type == NotesHandler.class ? "notes" : type.getName().startsWith("io.hookwire.host.")
                        ? Declarers.CORE : null);
    }

    @BeforeEach
    void setUp() throws Exception {
        db = HostTables.create();
        bouncer = bouncer();
        NotesHandler.declare(bouncer.registry());
        HostAbilities.declare(bouncer.registry());
    }

    private static Caller in(Role role) {
        return new Caller(ADA, "t1", role, "s1");
    }

    @Test
    void theDeclarerIsThePluginWhoseCodeCalled() {
        assertThat(bouncer.ability("notes:write")).hasValueSatisfying(a -> {
            assertThat(a.declaredBy()).isEqualTo("notes");
            assertThat(a.roles()).containsExactly("member");
        });
        assertThat(bouncer.ability("teams:manage")).hasValueSatisfying(a -> assertThat(a.declaredBy())
                .isEqualTo("core"));
        assertThat(bouncer.abilities()).extracting(a -> a.name()).containsExactly("notes:purge", "notes:write",
                "teams:manage");
    }

    @Test
    void checksFollowTheRoleLadder() {
        assertThat(bouncer.allows(in(Role.MEMBER), "notes:write")).isTrue();
        assertThat(bouncer.allows(in(Role.OWNER), "notes:write")).isTrue();
        assertThat(bouncer.allows(new Caller(ADA, null, null, "s1"), "notes:write")).isFalse();
        assertThat(bouncer.allows(in(Role.OWNER), "notes:purge")).isFalse();
        assertThat(bouncer.allows(in(Role.OWNER), "nobody:declared")).isFalse();
        assertThat(bouncer.allows(in(Role.MEMBER), "teams:manage")).isFalse();
        assertThat(bouncer.allows(in(Role.ADMIN), "teams:manage")).isTrue();
    }

    @Test
    void authorizeIs401ForNobodyAnd403NamingTheAbility() {
        assertThatThrownBy(() -> bouncer.authorize(Caller.anonymous(), "notes:write"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> bouncer.authorize(in(Role.MEMBER), "notes:purge"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.details()).containsEntry("ability", "notes:purge");
                });
        bouncer.authorize(in(Role.MEMBER), "notes:write");
    }

    @Test
    void theCallerOfTheThreadIsTheRequestsAndAnonymousOutsideOne() {
        assertThat(bouncer.caller().signedIn()).isFalse();
        assertThat(bouncer.allows("notes:write")).isFalse();
        CurrentCaller.runAs(in(Role.MEMBER), () -> {
            assertThat(bouncer.caller().user()).isEqualTo(ADA);
            assertThat(bouncer.allows("notes:write")).isTrue();
        });
        assertThat(bouncer.caller().signedIn()).isFalse();
    }

    @Test
    void anOperatorsGrantReplacesTheDefaultsIsKeptAndIsAudited() throws Exception {
        bouncer.grant("notes:purge", Set.of("admin"), "admin");
        assertThat(bouncer.allows(in(Role.ADMIN), "notes:purge")).isTrue();
        assertThat(bouncer.view("notes:purge")).hasValueSatisfying(v -> {
            assertThat(v.overridden()).isTrue();
            assertThat(v.defaultRoles()).isEmpty();
        });
        bouncer.grant("notes:write", Set.of(), "admin");
        assertThat(bouncer.allows(in(Role.OWNER), "notes:write")).as("granted to nobody").isFalse();

        HostBouncer restarted = bouncer();
        NotesHandler.declare(restarted.registry());
        assertThat(restarted.allows(in(Role.ADMIN), "notes:purge")).isTrue();
        assertThat(restarted.allows(in(Role.OWNER), "notes:write")).isFalse();

        restarted.grant("notes:write", null, "admin");
        assertThat(restarted.allows(in(Role.MEMBER), "notes:write")).as("the defaults are back").isTrue();
        assertThat(db.column("select details from hookwire_audit where action = 'ability.granted' order by id"))
                .containsExactly("roles=admin", "roles=nobody", "roles=defaults (member)");
        assertThatThrownBy(() -> restarted.grant("notes:write", Set.of("boss"), "admin"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoppedPluginsAbilitiesAreForgotten() {
        bouncer.forget("notes");
        assertThat(bouncer.abilities()).extracting(a -> a.name()).containsExactly("teams:manage");
        assertThat(bouncer.allows(in(Role.OWNER), "notes:write")).isFalse();
    }
}
