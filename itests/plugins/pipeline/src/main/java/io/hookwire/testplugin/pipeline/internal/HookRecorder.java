package io.hookwire.testplugin.pipeline.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;

/** Records {@code billing:*} and {@code audit:record} in the order they fire, registered through {@link Hooks}. */
@Component(immediate = true)
public final class HookRecorder {
    private final List<HookRegistration> registrations = new ArrayList<>();

    @Activate
    public HookRecorder(@Reference Hooks hooks, @Reference Seen seen) {
        for (ActionHook<?> hook : List.of(CoreHooks.BILLING_CUSTOMER_CREATED, CoreHooks.BILLING_SUBSCRIPTION_CREATED,
                CoreHooks.BILLING_SUBSCRIPTION_UPDATED, CoreHooks.BILLING_INVOICE_PAID, CoreHooks.AUDIT_RECORD)) {
            registrations.add(record(hooks, seen, hook));
        }
    }

    private static <P> HookRegistration record(Hooks hooks, Seen seen, ActionHook<P> hook) {
        return hooks.registerAction(hook, 10, "record", payload -> seen.event(hook.name(), payload));
    }

    @Deactivate
    void deactivate() {
        registrations.forEach(HookRegistration::close);
    }
}
