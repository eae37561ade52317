package io.hookwire.hooks.core;

import java.util.Objects;

/**
 * A team, which is also the tenant that plugins are enabled for.
 *
 * @param id the stable team id
 * @param name its display name
 * @param ownerId the user who owns it
 */
public record Team(String id, String name, String ownerId) {
    public Team {
        Objects.requireNonNull(id, "id");
    }
}
