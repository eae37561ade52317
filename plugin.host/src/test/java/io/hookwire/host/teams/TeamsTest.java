package io.hookwire.host.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.MemberAdded;
import io.hookwire.hooks.core.Payloads.MemberRemoved;
import io.hookwire.hooks.core.Payloads.TeamCreated;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;
import io.hookwire.host.accounts.AccountSettings;
import io.hookwire.host.accounts.Accounts;
import io.hookwire.host.accounts.HostTables;
import io.hookwire.host.accounts.Loggers;
import io.hookwire.host.accounts.RecordingHooks;
import io.hookwire.host.accounts.TestClock;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.liquibase.TestDatabase;

/** Teams and their members on H2: the rules that hold whoever asks, and the team:* actions. */
class TeamsTest {
    private static TestDatabase db;
    private static Accounts accounts;
    private static int next;

    private final RecordingHooks hooks = new RecordingHooks();
    private final TestClock clock = new TestClock(Instant.parse("2026-11-27T10:00:00Z"));
    private Teams teams;
    private User ada;
    private User grace;

    @BeforeAll
    static void tables() throws Exception {
        db = HostTables.create();
        RecordingHooks ignored = new RecordingHooks();
        accounts = new Accounts(AccountSettings.DEFAULTS, db.dataSource, ignored,
                new AuditTrail(db.dataSource, ignored), new TestClock(Instant.now()), Loggers.quiet());
    }

    @BeforeEach
    void setUp() throws Exception {
        teams = new Teams(db.dataSource, hooks, new AuditTrail(db.dataSource, hooks), clock);
        int n = ++next;
        ada = accounts.register("ada" + n + "@example.com", "correct horse", "Ada");
        grace = accounts.register("grace" + n + "@example.com", "correct horse", "Grace");
    }

    @Test
    void theCreatorOwnsTheTeamAndItIsTheirFirst() throws Exception {
        Membership created = teams.create(ada, "  Acme  ");

        assertThat(created.team().name()).isEqualTo("Acme");
        assertThat(created.team().ownerId()).isEqualTo(ada.id());
        assertThat(created.role()).isEqualTo(Role.OWNER);
        assertThat(hooks.names()).containsExactly("team:created", "audit:record");
        assertThat(hooks.last(CoreHooks.TEAM_CREATED)).isEqualTo(new TeamCreated(created.team(), ada));
        assertThat(teams.teamsOf(ada.id())).extracting(m -> m.team().id()).containsExactly(created.team().id());
        assertThat(teams.membership(created.team().id(), grace.id())).isEmpty();
        assertThat(teams.exists(created.team().id())).isTrue();
    }

    @Test
    void teamsAreListedTheEarliestJoinedFirst() throws Exception {
        Team first = teams.create(ada, "First").team();
        clock.advance(Duration.ofSeconds(1));
        Team second = teams.create(grace, "Second").team();
        clock.advance(Duration.ofSeconds(1));
        teams.addMember(grace, Role.OWNER, second.id(), ada.email(), Role.MEMBER);

        assertThat(teams.teamsOf(ada.id())).extracting(m -> m.team().id(), Membership::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), Role.OWNER),
                        org.assertj.core.groups.Tuple.tuple(second.id(), Role.MEMBER));
    }

    @Test
    void renamingFiresTeamUpdatedOnlyWhenSomethingChanged() throws Exception {
        Team team = teams.create(ada, "Acme").team();
        hooks.clear();

        Team renamed = teams.rename(ada, team.id(), "Acme Corp");
        assertThat(renamed.name()).isEqualTo("Acme Corp");
        assertThat(hooks.last(CoreHooks.TEAM_UPDATED)).isEqualTo(renamed);
        hooks.clear();
        teams.rename(ada, team.id(), "Acme Corp");
        assertThat(hooks.fired).isEmpty();
        assertApi(() -> teams.rename(ada, team.id(), ""), 400);
        assertApi(() -> teams.rename(ada, "no-such-team", "X"), 404);
    }

    @Test
    void addingAMemberChecksTheAccountTheMembershipAndWhoMakesOwners() throws Exception {
        Team team = teams.create(ada, "Acme").team();
        hooks.clear();
        clock.advance(Duration.ofSeconds(1)); // members are listed by when they joined

        Member added = teams.addMember(ada, Role.OWNER, team.id(), grace.email().toUpperCase(), Role.ADMIN);

        assertThat(added.user()).isEqualTo(grace);
        assertThat(hooks.last(CoreHooks.TEAM_MEMBER_ADDED)).isEqualTo(new MemberAdded(team, grace, Role.ADMIN));
        assertApi(() -> teams.addMember(ada, Role.OWNER, team.id(), grace.email(), Role.MEMBER), 409);
        assertApi(() -> teams.addMember(ada, Role.OWNER, team.id(), "nobody@example.com", Role.MEMBER), 404);
        User third = accounts.register("third" + next + "@example.com", "correct horse", "Third");
        assertApi(() -> teams.addMember(grace, Role.ADMIN, team.id(), third.email(), Role.OWNER), 403);
        assertThat(teams.members(team.id())).extracting(m -> m.user().id()).containsExactly(ada.id(), grace.id());
    }

    @Test
    void theLastOwnerCannotLeaveButCanOnceThereIsAnother() throws Exception {
        Team team = teams.create(ada, "Acme").team();
        assertApi(() -> teams.removeMember(ada, Role.OWNER, team.id(), ada.id()), 409);

        teams.addMember(ada, Role.OWNER, team.id(), grace.email(), Role.OWNER);
        hooks.clear();
        teams.removeMember(ada, Role.OWNER, team.id(), ada.id());

        MemberRemoved removed = hooks.last(CoreHooks.TEAM_MEMBER_REMOVED);
        assertThat(removed.user()).isEqualTo(ada);
        assertThat(removed.team().ownerId()).as("the other owner owns the team now").isEqualTo(grace.id());
        assertThat(teams.membership(team.id(), grace.id()).orElseThrow().team().ownerId()).isEqualTo(grace.id());
        assertThat(teams.members(team.id())).extracting(m -> m.user().id()).containsExactly(grace.id());
    }

    @Test
    void onlyAnOwnerRemovesAnOwnerAndAnyoneCanLeave() throws Exception {
        Team team = teams.create(ada, "Acme").team();
        teams.addMember(ada, Role.OWNER, team.id(), grace.email(), Role.ADMIN);

        assertApi(() -> teams.removeMember(grace, Role.ADMIN, team.id(), ada.id()), 403);
        assertApi(() -> teams.removeMember(ada, Role.OWNER, team.id(), "not-a-member"), 404);
        teams.removeMember(grace, Role.ADMIN, team.id(), grace.id());
        assertThat(teams.members(team.id())).extracting(m -> m.user().id()).containsExactly(ada.id());
        List<String> actions = db.column("select action from hookwire_audit where resource = 'team/" + team.id()
                + "' order by id");
        assertThat(actions).containsExactly("team.created", "team.member_added", "team.member_removed");
    }

    private static void assertApi(ThrowingCallable call, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }
}
