package io.hookwire.notes.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.CapabilityRegistry;

/**
 * The plugin's abilities, declared when {@code app:capabilities:register} fires: reading and writing notes is for
 * every signed-in user; {@value #ADMIN} (team admins and owners) lets one manage every note of the current team.
 */
@Component
@HookName("app:capabilities:register")
@HookHandlerId("abilities")
public final class Abilities implements ActionHandler<CapabilityRegistry> {
    public static final String READ = "notes:read";
    public static final String WRITE = "notes:write";
    public static final String ADMIN = "notes:admin";

    @Override
    public void handle(CapabilityRegistry registry) {
        registry.declare(READ, "List and read one's own notes and the current team's", Set.of("user"));
        registry.declare(WRITE, "Write, change, trash and restore one's own notes, and attach files",
                Set.of("user"));
        registry.declare(ADMIN, "Change, trash, restore and purge any note of the current team", Set.of("admin"));
    }
}
