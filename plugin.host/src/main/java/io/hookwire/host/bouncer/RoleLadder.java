package io.hookwire.host.bouncer;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;

/**
 * The roles abilities are granted to, lowest first: {@code user} (anyone signed in), {@code member}, {@code admin},
 * {@code owner} (the last three in the current team). A role holds what every role below it holds, so an ability
 * granted to {@code member} is held by members, admins and owners of the current team.
 */
public final class RoleLadder {
    /** From the lowest to the highest. */
    public static final List<String> ROLES = List.of(Bouncer.ROLE_USER, "member", "admin", "owner");

    private RoleLadder() {}

    /** The rank of a role (0 for user), or -1 for a name that is not a role. */
    public static int rank(String role) {
        return role == null ? -1 : ROLES.indexOf(role);
    }

    /** The caller's rank: -1 anonymous, 0 signed in without a team, else the rank of their role in the team. */
    public static int rank(Caller caller) {
        if (!caller.signedIn()) {
            return -1;
        }
        return caller.teamRole().map(r -> Math.max(0, rank(r.name()))).orElse(0);
    }

    /** Whether a caller of this rank holds an ability granted to {@code roles}. */
    public static boolean holds(int callerRank, Set<String> roles) {
        if (callerRank < 0) {
            return false;
        }
        for (String role : roles) {
            int needed = rank(role);
            if (needed >= 0 && needed <= callerRank) {
                return true;
            }
        }
        return false;
    }

    /**
     * The roles, checked and in lower case.
     *
     * @throws IllegalArgumentException naming the first unknown role
     */
    public static Set<String> check(Iterable<String> roles) {
        Set<String> checked = new TreeSet<>();
        for (String role : roles) {
            String name = role == null ? "null" : role.trim().toLowerCase(Locale.ROOT);
            if (rank(name) < 0) {
                throw new IllegalArgumentException("unknown role '" + role + "': the roles are " + ROLES);
            }
            checked.add(name);
        }
        return Set.copyOf(checked);
    }
}
