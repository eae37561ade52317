package io.hookwire.host.bouncer;

import java.util.Set;

import io.hookwire.hooks.core.CapabilityRegistry;

/** The abilities of the host itself, declared on {@code app:capabilities:register} as any plugin's are. */
public final class HostAbilities {
    /** Rename a team, add and remove its members. */
    public static final String TEAMS_MANAGE = "teams:manage";

    private HostAbilities() {}

    static void declare(CapabilityRegistry registry) {
        registry.declare(TEAMS_MANAGE, "Rename the team, and add or remove its members", Set.of("admin"));
    }
}
