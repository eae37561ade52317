package io.hookwire.host.bouncer;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.plugin.PluginHeaders;
import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.tenants.CurrentTenant;

/**
 * Fires {@code app:capabilities:register} when the host starts, when a plugin starts, and when a new handler of it
 * appears (DS activates a plugin's components after its bundle has started, and a plugin may register a handler at
 * any time): a whiteboard handler is noticed at once, any other within {@value #CHECK_SECONDS} s, by comparing the
 * handlers' registration sequences with those of the last firing. Declarations are idempotent, so firing again is
 * harmless. A plugin enabled for some tenants only is reached by firing once more for each of its tenants (the
 * dispatch gate lets its handlers run for those). A plugin that stops loses its abilities.
 *
 * <p>Everything runs on one thread of its own, so that firings never overlap and no bundle event waits for them.
 */
@Component(immediate = true)
public final class CapabilityAnnouncer {
    static final long CHECK_SECONDS = 2;

    private final Hooks hooks;
    private final HostBouncer bouncer;
    private final Logger log;
    private final BundleContext context;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hookwire-capabilities");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleListener listener = this::bundleChanged;
    private final HookRegistration own;
    /** The newest handler sequence at the last firing; on the worker thread only. */
    private long firedUpTo = -1;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginAdmin plugins;

    @Activate
    public CapabilityAnnouncer(BundleContext context, @Reference Hooks hooks, @Reference HostBouncer bouncer,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.hooks = hooks;
        this.bouncer = bouncer;
        this.log = log;
        this.own = hooks.registerAction(CoreHooks.APP_CAPABILITIES_REGISTER, 0, "host-abilities",
                HostAbilities::declare);
        context.addBundleListener(listener);
        later(() -> fire("the host started"));
        worker.scheduleWithFixedDelay(this::fireForNewHandlers, CHECK_SECONDS, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
        worker.shutdownNow();
        own.close();
    }

    /** A whiteboard handler of {@code app:capabilities:register} appeared (only its reference: it is not got). */
    @Reference(service = ActionHandler.class, target = "(hook.name=app:capabilities:register)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "handlerGone")
    void handlerAppeared(ServiceReference<?> handler) {
        later(this::fireForNewHandlers);
    }

    void handlerGone(ServiceReference<?> handler) {
        // its plugin's abilities go when the plugin stops; a handler alone going changes no declaration
    }

    private void bundleChanged(BundleEvent event) {
        Bundle bundle = event.getBundle();
        String claimed = bundle.getHeaders("").get(PluginHeaders.ID);
        if (claimed == null || claimed.isBlank()) {
            return;
        }
        String plugin = HostBouncer.pluginId(bundle);
        if (event.getType() == BundleEvent.STARTED) {
            later(() -> fire("plugin '" + plugin + "' started"));
        } else if (event.getType() == BundleEvent.STOPPED) {
            later(() -> bouncer.forget(plugin));
        }
    }

    private void later(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Announcing the abilities failed; the next check tries again", e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // deactivated meanwhile
        }
    }

    private long newestHandler() {
        return hooks.handlers(CoreHooks.APP_CAPABILITIES_REGISTER).stream().mapToLong(HandlerInfo::sequence).max()
                .orElse(-1);
    }

    private void fireForNewHandlers() {
        try {
            if (newestHandler() > firedUpTo) {
                fire("a new handler of " + CoreHooks.APP_CAPABILITIES_REGISTER.name() + " appeared");
            }
        } catch (RuntimeException e) {
            log.warn("Looking for new handlers of " + CoreHooks.APP_CAPABILITIES_REGISTER.name() + " failed", e);
        }
    }

    private void fire(String reason) {
        firedUpTo = newestHandler();
        hooks.dispatch(CoreHooks.APP_CAPABILITIES_REGISTER, bouncer.registry());
        Set<String> tenants = restrictedTenants();
        for (String tenant : tenants) {
            CurrentTenant.runAs(tenant, () -> hooks.dispatch(CoreHooks.APP_CAPABILITIES_REGISTER, bouncer.registry()));
        }
        log.debug("Fired " + CoreHooks.APP_CAPABILITIES_REGISTER.name() + " (" + reason + ")"
                + (tenants.isEmpty() ? "" : ", and for the tenants " + tenants));
    }

    /** The tenants of the running plugins that are enabled for some tenants only. */
    private Set<String> restrictedTenants() {
        PluginAdmin admin = plugins;
        Set<String> tenants = new TreeSet<>();
        if (admin == null) {
            return tenants;
        }
        try {
            for (PluginView p : admin.plugins()) {
                if (!p.enabled() && p.state() == PluginState.ACTIVE) {
                    tenants.addAll(p.tenants());
                }
            }
        } catch (RuntimeException e) {
            log.warn("Could not list the plugins enabled for some tenants; their abilities wait for the next firing",
                    e);
        }
        return tenants;
    }
}
