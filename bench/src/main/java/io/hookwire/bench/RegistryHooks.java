package io.hookwire.bench;

import java.util.List;

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
 * The {@link Hooks} service of one plugin over the registry, as the runtime's bundle-scoped service
 * ({@code BundleHooks}) is: the same one-line delegations, so that code measured through it pays what it pays in
 * the runtime.
 */
final class RegistryHooks implements Hooks {
    private final HookRegistry registry;
    private final String plugin;

    RegistryHooks(HookRegistry registry, String plugin) {
        this.registry = registry;
        this.plugin = plugin;
    }

    @Override
    public <P> HookRegistration registerAction(ActionHook<P> hook, int priority, String handlerId,
            ActionHandler<? super P> handler) {
        return registry.registerAction(plugin, hook, priority, handlerId, handler);
    }

    @Override
    public <V, C> HookRegistration registerFilter(FilterHook<V, C> hook, int priority, String handlerId,
            FilterHandler<V, ? super C> handler) {
        return registry.registerFilter(plugin, hook, priority, handlerId, handler);
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
