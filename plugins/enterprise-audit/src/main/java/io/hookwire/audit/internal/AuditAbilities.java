package io.hookwire.audit.internal;

import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.core.CapabilityRegistry;

/**
 * Declares the plugin's abilities when {@code app:capabilities:register} fires: {@value #READ} (the events of the
 * caller's current team), held by its admins and owners, and {@value #READ_ALL} (the whole trail, every team's and
 * the events of no team), held by nobody until an operator grants it ({@code PUT /api/v1/admin/abilities/...}).
 */
@Component
@HookName("app:capabilities:register")
@HookHandlerId("abilities")
public final class AuditAbilities implements ActionHandler<CapabilityRegistry> {
    /** Reading the audit events. */
    public static final String READ = "audit:read";
    /** Reading every event, not only the current team's. */
    public static final String READ_ALL = "audit:read_all";

    @Override
    public void handle(CapabilityRegistry registry) {
        registry.declare(READ, "Read the audit events of your current team (GET /api/v1/audit/events)",
                Set.of("admin"));
        registry.declare(READ_ALL, "Read every audit event, of every team and of none", Set.of());
    }
}
