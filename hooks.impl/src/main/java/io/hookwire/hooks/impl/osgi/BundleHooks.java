package io.hookwire.hooks.impl.osgi;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.RunningHook;
import io.hookwire.hooks.impl.HookRegistry;

/**
 * The {@link Hooks} service, one instance per using bundle. Registrations are attributed to that bundle's plugin,
 * and all of them are closed when the bundle lets the service go (it stops, or is updated).
 */
@Component(service = Hooks.class, scope = ServiceScope.BUNDLE)
public final class BundleHooks implements Hooks {
    private final HookRegistry registry;
    private final String plugin;
    private final Set<Owned> registrations = ConcurrentHashMap.newKeySet();

    @Activate
    public BundleHooks(@Reference RegistryProvider provider, ComponentContext context) {
        this.registry = provider.registry();
        this.plugin = PluginIds.of(context.getUsingBundle());
    }

    @Deactivate
    void deactivate() {
        for (Owned registration : List.copyOf(registrations)) {
            registration.close();
        }
    }

    @Override
    public <P> HookRegistration registerAction(ActionHook<P> hook, int priority, String handlerId,
            ActionHandler<? super P> handler) {
        return own(registry.registerAction(plugin, hook, priority, handlerId, handler));
    }

    @Override
    public <V, C> HookRegistration registerFilter(FilterHook<V, C> hook, int priority, String handlerId,
            FilterHandler<V, ? super C> handler) {
        return own(registry.registerFilter(plugin, hook, priority, handlerId, handler));
    }

    private HookRegistration own(HookRegistration registration) {
        Owned owned = new Owned(registration);
        registrations.add(owned);
        return owned;
    }

    private final class Owned implements HookRegistration {
        private final HookRegistration registration;

        Owned(HookRegistration registration) {
            this.registration = registration;
        }

        @Override
        public HandlerInfo handler() {
            return registration.handler();
        }

        @Override
        public void close() {
            registrations.remove(this);
            registration.close();
        }
    }

    @Override
    public <P> void dispatch(ActionHook<P> hook, P payload) {
        registry.dispatch(hook, payload);
    }

    @Override
    public <V, C> V applyFilters(FilterHook<V, C> hook, V value, C context) {
        return registry.applyFilters(hook, value, context);
    }

    @Override
    public boolean hasHandlers(ActionHook<?> hook) {
        return registry.hasHandlers(HookKind.ACTION, hook.name());
    }

    @Override
    public boolean hasHandlers(FilterHook<?, ?> hook) {
        return registry.hasHandlers(HookKind.FILTER, hook.name());
    }

    @Override
    public List<HandlerInfo> handlers(ActionHook<?> hook) {
        return registry.handlers(HookKind.ACTION, hook.name());
    }

    @Override
    public List<HandlerInfo> handlers(FilterHook<?, ?> hook) {
        return registry.handlers(HookKind.FILTER, hook.name());
    }

    @Override
    public List<HookInfo> hooks() {
        return registry.hooks();
    }

    @Override
    public List<RunningHook> running() {
        return registry.running();
    }
}
