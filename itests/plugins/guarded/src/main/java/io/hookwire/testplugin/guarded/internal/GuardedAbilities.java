package io.hookwire.testplugin.guarded.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.CapabilityRegistry;

/** Declares the plugin's abilities whenever the host asks (app:capabilities:register). */
@Component
@HookName("app:capabilities:register")
public final class GuardedAbilities implements ActionHandler<CapabilityRegistry> {
    /** Members (and admins and owners) of the current team hold it. */
    static final String READ = "test-guarded:read";
    /** Admins and owners hold it. */
    static final String WRITE = "test-guarded:write";
    /** Nobody holds it until an operator grants it. */
    static final String SECRET = "test-guarded:secret";

    @Override
    public void handle(CapabilityRegistry registry) {
        registry.declare(READ, "Read the guarded things", Set.of("member"));
        registry.declare(WRITE, "Change the guarded things", Set.of("admin"));
        registry.declare(SECRET, "See the secret");
    }
}
