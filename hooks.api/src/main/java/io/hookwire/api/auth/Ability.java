package io.hookwire.api.auth;

import java.util.Objects;
import java.util.Set;

/**
 * An ability (a permission) that a plugin or the host declared, and the roles that hold it.
 *
 * @param name the ability, {@code domain:verb}, for example {@code notes:write}
 * @param description what it allows, for people
 * @param declaredBy the plugin id that declared it, or {@code core} for the host
 * @param roles the roles granted it: {@link Bouncer#ROLE_USER}, {@code member}, {@code admin} or {@code owner}; a
 *     role also holds what the roles below it hold (owner, then admin, then member, then user)
 */
public record Ability(String name, String description, String declaredBy, Set<String> roles) {
    public Ability {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
