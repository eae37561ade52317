package io.hookwire.audit.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;
import io.hookwire.api.rest.CurrentRequest;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;

/**
 * Records every action of {@link RecordedHooks} into the events table. The handlers are registered through this
 * bundle's {@link Hooks} (one per action, each with the handler id {@value #HANDLER_ID}), so they belong to this
 * plugin and go away when it stops. The Bouncer is optional: without it, the actor comes from the payload alone.
 */
@Component(immediate = true)
public final class AuditRecorder {
    static final String HANDLER_ID = "audit-recorder";
    /** Late: the audit sees an action after the plugins that react to it. */
    static final int PRIORITY = 100;

    private final List<HookRegistration> registrations = new ArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Bouncer bouncer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CurrentRequest currentRequest;

    @Activate
    public AuditRecorder(@Reference Hooks hooks,
            @Reference(target = "(hookwire.datasource=main)") DataSource dataSource) {
        EventRecorder recorder = new EventRecorder(new AuditRepository(dataSource), this::caller, Clock.systemUTC(),
                this::requestId);
        for (ActionHook<?> hook : RecordedHooks.all()) {
            registrations.add(register(hooks, hook, recorder));
        }
    }

    private static <P> HookRegistration register(Hooks hooks, ActionHook<P> hook, EventRecorder recorder) {
        return hooks.registerAction(hook, PRIORITY, HANDLER_ID, payload -> recorder.record(hook.name(), payload));
    }

    private Caller caller() {
        Bouncer b = bouncer;
        return b == null ? Caller.anonymous() : b.caller();
    }

    private String requestId() {
        CurrentRequest request = currentRequest;
        return request == null ? null : request.id().orElse(null);
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(HookRegistration::close);
    }
}
