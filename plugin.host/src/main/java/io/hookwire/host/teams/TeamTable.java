package io.hookwire.host.teams;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.Team;
import io.hookwire.hooks.core.User;

/** hookwire_team and hookwire_team_member, in the caller's transaction. */
final class TeamTable {
    /** A team as the database keeps it. */
    record Row(Team team, Instant createdAt) {}

    private TeamTable() {}

    static void insert(Connection c, Team team, Instant createdAt) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_team (id, name, owner_id, created_at)"
                + " values (?, ?, ?, ?)")) {
            s.setString(1, team.id());
            s.setString(2, team.name());
            s.setString(3, team.ownerId());
            s.setTimestamp(4, Timestamp.from(createdAt));
            s.executeUpdate();
        }
    }

    /** The team; {@code lock} holds its row until the transaction ends, so that membership changes line up. */
    static Optional<Row> find(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select id, name, owner_id, created_at from hookwire_team where"
                + " id = ?" + (lock ? " for update" : ""))) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Row(new Team(r.getString(1), r.getString(2), r.getString(3)),
                        r.getTimestamp(4).toInstant())) : Optional.empty();
            }
        }
    }

    static void update(Connection c, Team team) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("update hookwire_team set name = ?, owner_id = ? where id = ?")) {
            s.setString(1, team.name());
            s.setString(2, team.ownerId());
            s.setString(3, team.id());
            s.executeUpdate();
        }
    }

    static void addMember(Connection c, String teamId, String userId, Role role, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_team_member (team_id, user_id, role,"
                + " joined_at) values (?, ?, ?, ?)")) {
            s.setString(1, teamId);
            s.setString(2, userId);
            s.setString(3, role.name());
            s.setTimestamp(4, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    static int removeMember(Connection c, String teamId, String userId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from hookwire_team_member where team_id = ? and"
                + " user_id = ?")) {
            s.setString(1, teamId);
            s.setString(2, userId);
            return s.executeUpdate();
        }
    }

    /** The user's teams, the earliest joined first. */
    static List<Membership> teamsOf(Connection c, String userId) throws SQLException {
        List<Membership> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select t.id, t.name, t.owner_id, t.created_at, m.role,"
                + " m.joined_at from hookwire_team_member m join hookwire_team t on t.id = m.team_id where"
                + " m.user_id = ? order by m.joined_at, t.id")) {
            s.setString(1, userId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new Membership(new Team(r.getString(1), r.getString(2), r.getString(3)),
                            r.getTimestamp(4).toInstant(), TeamRoles.of(r.getString(5)),
                            r.getTimestamp(6).toInstant()));
                }
            }
        }
        return result;
    }

    /** The members of a team, the earliest joined first. */
    static List<Member> members(Connection c, String teamId) throws SQLException {
        List<Member> result = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select u.id, u.email, u.display_name, u.created_at, m.role,"
                + " m.joined_at from hookwire_team_member m join hookwire_user u on u.id = m.user_id where"
                + " m.team_id = ? order by m.joined_at, u.id")) {
            s.setString(1, teamId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new Member(new User(r.getString(1), r.getString(2), r.getString(3),
                            r.getTimestamp(4).toInstant()), TeamRoles.of(r.getString(5)),
                            r.getTimestamp(6).toInstant()));
                }
            }
        }
        return result;
    }
}
