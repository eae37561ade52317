package io.hookwire.host.bouncer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** hookwire_ability_grant: the operator's grants, which replace an ability's default roles. */
final class GrantTable {
    private GrantTable() {}

    /** Every grant: ability to roles. A stored role that is no longer known is dropped. */
    static Map<String, Set<String>> load(Connection c) throws SQLException {
        Map<String, Set<String>> grants = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("select ability, roles from hookwire_ability_grant");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Set<String> roles = new TreeSet<>();
                for (String role : r.getString(2).split(",")) {
                    if (RoleLadder.rank(role.trim()) >= 0) {
                        roles.add(role.trim());
                    }
                }
                grants.put(r.getString(1), Set.copyOf(roles));
            }
        }
        return grants;
    }

    static void put(Connection c, String ability, Set<String> roles, Instant at, String by) throws SQLException {
        delete(c, ability);
        try (PreparedStatement s = c.prepareStatement("insert into hookwire_ability_grant (ability, roles, updated_at,"
                + " updated_by) values (?, ?, ?, ?)")) {
            s.setString(1, ability);
            s.setString(2, String.join(",", new TreeSet<>(roles)));
            s.setTimestamp(3, Timestamp.from(at));
            s.setString(4, by);
            s.executeUpdate();
        }
    }

    static int delete(Connection c, String ability) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("delete from hookwire_ability_grant where ability = ?")) {
            s.setString(1, ability);
            return s.executeUpdate();
        }
    }

    static String describe(Set<String> roles) {
        return roles.isEmpty() ? "nobody" : String.join(",", new TreeSet<>(roles));
    }
}
