package io.hookwire.host.teams;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.Payloads.MemberAdded;
import io.hookwire.hooks.core.Payloads.MemberRemoved;
import io.hookwire.hooks.core.Payloads.TeamCreated;
import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;
import io.hookwire.host.accounts.Account;
import io.hookwire.host.accounts.Input;
import io.hookwire.host.accounts.Times;
import io.hookwire.host.accounts.Tokens;
import io.hookwire.host.accounts.Transactions;
import io.hookwire.host.accounts.UserTable;
import io.hookwire.host.audit.AuditTrail;

/**
 * Teams and their members. A team is a tenant: its id is the tenant id. The rules that hold whoever asks live here
 * (a team always keeps an owner; only an owner makes or removes an owner); who may ask at all (the ability
 * {@code teams:manage}) is the REST layer's check. Each change is one transaction, locking the team's row, with its
 * audit entry; its action ({@code team:*}) and {@code audit:record} fire once it is committed. Thread-safe.
 */
@Component(service = Teams.class)
public final class Teams {
    private final DataSource db;
    private final Hooks hooks;
    private final AuditTrail audit;
    private final Clock clock;

    @Activate
    public Teams(@Reference(target = "(hookwire.datasource=main)") DataSource db, @Reference Hooks hooks,
            @Reference AuditTrail audit) {
        this(db, hooks, audit, Clock.systemUTC());
    }

    public Teams(DataSource db, Hooks hooks, AuditTrail audit, Clock clock) {
        this.db = db;
        this.hooks = hooks;
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a team whose owner is its creator; fires {@code team:created}. */
    public Membership create(User creator, String name) throws SQLException {
        String teamName = Input.name("name", name);
        Instant now = Times.now(clock);
        Team team = new Team(Tokens.newId(), teamName, creator.id());
        return Transactions.inTransaction(db, (c, after) -> {
            TeamTable.insert(c, team, now);
            TeamTable.addMember(c, team.id(), creator.id(), Role.OWNER, now);
            AuditRecord entry = audit.write(c, creator.id(), "team.created", resource(team), Map.of("name", teamName));
            after.then(() -> hooks.dispatch(CoreHooks.TEAM_CREATED, new TeamCreated(team, creator)));
            after.then(() -> audit.announce(entry));
            return new Membership(team, now, Role.OWNER, now);
        });
    }

    /** The user's teams, the earliest joined first: the first is their default team. */
    public List<Membership> teamsOf(String userId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return TeamTable.teamsOf(c, userId);
        }
    }

    /** The user's membership of the team, if they are a member. */
    public Optional<Membership> membership(String teamId, String userId) throws SQLException {
        return teamsOf(userId).stream().filter(m -> m.team().id().equals(teamId)).findFirst();
    }

    public boolean exists(String teamId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return TeamTable.find(c, teamId, false).isPresent();
        }
    }

    public List<Member> members(String teamId) throws SQLException {
        try (Connection c = db.getConnection()) {
            return TeamTable.members(c, teamId);
        }
    }

    /** Renames the team; fires {@code team:updated}. */
    public Team rename(User actor, String teamId, String name) throws SQLException {
        String teamName = Input.name("name", name);
        return Transactions.inTransaction(db, (c, after) -> {
            Team before = locked(c, teamId);
            Team team = new Team(before.id(), teamName, before.ownerId());
            if (team.equals(before)) {
                return team; // nothing changed: nothing to announce
            }
            TeamTable.update(c, team);
            AuditRecord entry = audit.write(c, actor.id(), "team.updated", resource(team),
                    Map.of("name", teamName, "previousName", before.name()));
            after.then(() -> hooks.dispatch(CoreHooks.TEAM_UPDATED, team));
            after.then(() -> audit.announce(entry));
            return team;
        });
    }

    /**
     * Adds the user with this e-mail address; fires {@code team:member_added}. 404 for an unknown address, 409 for a
     * member already, 403 when someone other than an owner makes an owner.
     */
    public Member addMember(User actor, Role actorRole, String teamId, String email, Role role) throws SQLException {
        String address = Input.email(email);
        return Transactions.inTransaction(db, (c, after) -> {
            Team team = locked(c, teamId);
            if (Role.OWNER.equals(role) && !Role.OWNER.equals(actorRole)) {
                throw ownersOnly("make someone an owner");
            }
            Account account = UserTable.byEmail(c, address).orElseThrow(() -> new ApiException(404, "not_found",
                    "no account has the e-mail address '" + address + "'; they must register first",
                    Map.of("field", "email")));
            User user = account.user();
            if (TeamTable.members(c, teamId).stream().anyMatch(m -> m.user().id().equals(user.id()))) {
                throw new ApiException(409, "already_member", user.email() + " is a member of this team already",
                        Map.of("field", "email", "userId", user.id()));
            }
            Instant now = Times.now(clock);
            TeamTable.addMember(c, teamId, user.id(), role, now);
            AuditRecord entry = audit.write(c, actor.id(), "team.member_added", resource(team),
                    Map.of("user", user.id(), "role", role.name()));
            after.then(() -> hooks.dispatch(CoreHooks.TEAM_MEMBER_ADDED, new MemberAdded(team, user, role)));
            after.then(() -> audit.announce(entry));
            return new Member(user, role, now);
        });
    }

    /**
     * Removes a member (or the actor leaves); fires {@code team:member_removed}. 404 for a user who is not a member,
     * 409 for the last owner, 403 when someone other than an owner removes an owner.
     */
    public void removeMember(User actor, Role actorRole, String teamId, String userId) throws SQLException {
        Transactions.inTransaction(db, (c, after) -> {
            Team team = locked(c, teamId);
            List<Member> members = TeamTable.members(c, teamId);
            Member leaving = members.stream().filter(m -> m.user().id().equals(userId)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("member", userId));
            boolean self = actor.id().equals(userId);
            if (Role.OWNER.equals(leaving.role()) && !self && !Role.OWNER.equals(actorRole)) {
                throw ownersOnly("remove an owner");
            }
            List<Member> otherOwners = members.stream()
                    .filter(m -> Role.OWNER.equals(m.role()) && !m.user().id().equals(userId)).toList();
            if (Role.OWNER.equals(leaving.role()) && otherOwners.isEmpty()) {
                throw new ApiException(409, "last_owner", "the last owner cannot leave the team: make another member"
                        + " an owner first", Map.of("userId", userId));
            }
            TeamTable.removeMember(c, teamId, userId);
            Team remaining = team.ownerId().equals(userId)
                    ? new Team(team.id(), team.name(), otherOwners.get(0).user().id()) // the earliest other owner
                    : team;
            if (remaining != team) {
                TeamTable.update(c, remaining);
            }
            AuditRecord entry = audit.write(c, actor.id(), "team.member_removed", resource(team),
                    Map.of("user", userId, "role", leaving.role().name()));
            MemberRemoved removed = new MemberRemoved(remaining, leaving.user());
            after.then(() -> hooks.dispatch(CoreHooks.TEAM_MEMBER_REMOVED, removed));
            after.then(() -> audit.announce(entry));
            return null;
        });
    }

    private static Team locked(Connection c, String teamId) throws SQLException {
        return TeamTable.find(c, teamId, true).orElseThrow(() -> ApiException.notFound("team", teamId)).team();
    }

    private static ApiException ownersOnly(String what) {
        return new ApiException(403, "forbidden", "only an owner of the team can " + what, Map.of("role", "owner"));
    }

    private static String resource(Team team) {
        return "team/" + team.id();
    }
}
