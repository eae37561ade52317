package io.hookwire.api.auth;

import java.util.Objects;
import java.util.Optional;

import io.hookwire.hooks.core.Role;
import io.hookwire.hooks.core.User;

/**
 * Who makes the current request: a signed-in user (and, when the request names one of their teams, that team and
 * their role in it), or nobody.
 *
 * @param user the signed-in user, or {@code null} when nobody is signed in
 * @param teamId the current team (the tenant), or {@code null}
 * @param role the user's role in that team, or {@code null} without a team
 * @param sessionId the session's public id (never the cookie's secret), or {@code null}
 */
public record Caller(User user, String teamId, Role role, String sessionId) {
    private static final Caller ANONYMOUS = new Caller(null, null, null, null);

    public Caller {
        if (user == null && (teamId != null || role != null)) {
            throw new IllegalArgumentException("only a signed-in caller has a team or a role");
        }
        if (teamId == null && role != null) {
            throw new IllegalArgumentException("a role needs a team");
        }
    }

    /** Nobody is signed in. */
    public static Caller anonymous() {
        return ANONYMOUS;
    }

    /** Whether someone is signed in. */
    public boolean signedIn() {
        return user != null;
    }

    /** The signed-in user's id. */
    public Optional<String> userId() {
        return Optional.ofNullable(user).map(User::id);
    }

    /** The current team. */
    public Optional<String> team() {
        return Optional.ofNullable(teamId);
    }

    /** The caller's role in the current team. */
    public Optional<Role> teamRole() {
        return Optional.ofNullable(role);
    }

    /** The signed-in user, or a 401 {@link io.hookwire.api.rest.ApiException}. */
    public User requireUser() {
        if (user == null) {
            throw Bouncer.unauthenticated();
        }
        return user;
    }

    @Override
    public String toString() {
        return user == null ? "anonymous" : "user " + user.id() + (teamId == null ? "" : " in team " + teamId
                + " as " + Objects.requireNonNull(role).name());
    }
}
