package io.hookwire.hooks.core;

import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * {@code app:capabilities:register}: where plugins declare the abilities (permissions) they bring, and the roles
 * that hold them until an operator changes the grants. The registry knows which plugin declares (the handler's
 * bundle); a plugin may declare only abilities of its own domain or of a domain nobody else has used.
 */
@ProviderType
public interface CapabilityRegistry {
    /**
     * Declares an ability that no role holds until an operator grants it.
     *
     * @throws IllegalArgumentException when the name does not look like {@code domain:verb}
     */
    default void declare(String ability, String description) {
        declare(ability, description, Set.of());
    }

    /**
     * Declares an ability, for example {@code notes:write}, held by default by these roles ({@code user},
     * {@code member}, {@code admin}, {@code owner}; each role also holds what the roles below it hold).
     *
     * @throws IllegalArgumentException when the name does not look like {@code domain:verb}, or a role is unknown
     */
    void declare(String ability, String description, Set<String> defaultRoles);
}
