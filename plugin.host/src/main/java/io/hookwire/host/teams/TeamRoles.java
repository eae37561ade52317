package io.hookwire.host.teams;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.hookwire.api.rest.ApiException;
import io.hookwire.hooks.core.Role;

/** The roles a member can have in a team: {@code owner}, {@code admin}, {@code member}. */
public final class TeamRoles {
    public static final List<String> ALL = List.of(Role.OWNER.name(), Role.ADMIN.name(), Role.MEMBER.name());

    private TeamRoles() {}

    /** The role named by a client, or a 400 naming the field. */
    public static Role parse(String field, String value) {
        if (value == null) {
            throw ApiException.badRequest(field, field + " is required: one of " + ALL);
        }
        String name = value.trim().toLowerCase(Locale.ROOT);
        if (!ALL.contains(name)) {
            throw new ApiException(400, "invalid_argument", field + " must be one of " + ALL + ", not '" + value + "'",
                    Map.of("field", field));
        }
        return new Role(name);
    }

    /** A role read from the database (always one of {@link #ALL}). */
    static Role of(String stored) {
        return switch (stored) {
            case "owner" -> Role.OWNER;
            case "admin" -> Role.ADMIN;
            case "member" -> Role.MEMBER;
            default -> new Role(stored);
        };
    }
}
