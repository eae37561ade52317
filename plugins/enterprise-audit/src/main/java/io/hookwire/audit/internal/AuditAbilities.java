package io.hookwire.audit.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.CapabilityRegistry;

/** Declares the plugin's ability when {@code app:capabilities:register} fires: {@value #READ}, held by admins. */
@Component
@HookName("app:capabilities:register")
@HookHandlerId("abilities")
public final class AuditAbilities implements ActionHandler<CapabilityRegistry> {
    /** Reading the audit events. */
    public static final String READ = "audit:read";

    @Override
    public void handle(CapabilityRegistry registry) {
        registry.declare(READ, "Read the audit events (GET /api/v1/audit/events)", Set.of("admin"));
    }
}
