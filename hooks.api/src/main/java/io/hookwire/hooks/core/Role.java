package io.hookwire.hooks.core;

import java.util.Objects;

/**
 * A member's role in a team, such as {@code owner}, {@code admin} or {@code member}.
 *
 * @param name the role name
 */
public record Role(String name) {
    public static final Role OWNER = new Role("owner");
    public static final Role ADMIN = new Role("admin");
    public static final Role MEMBER = new Role("member");

    public Role {
        Objects.requireNonNull(name, "name");
    }
}
