package io.hookwire.hooks.impl;

import java.util.List;
import java.util.Objects;

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

/**
 * The {@link Hooks} that one plugin sees of a {@link HookRegistry}, without OSGi: every registration is that
 * plugin's. For plugin authors' unit tests ({@link #standalone}) and for embedding the registry in plain Java; in the
 * runtime, the bundle-scoped {@code Hooks} service plays this part. Thread-safe, as the registry.
 */
public final class PluginHooks implements Hooks, AutoCloseable {
    private final HookRegistry registry;
    private final String plugin;
    private final boolean ownsRegistry;

    /** The view of {@code plugin} on a registry that others share; closing it leaves the registry open. */
    public PluginHooks(HookRegistry registry, String plugin) {
        this(registry, plugin, false);
    }

    private PluginHooks(HookRegistry registry, String plugin, boolean ownsRegistry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.plugin = Objects.requireNonNull(plugin, "plugin");
        this.ownsRegistry = ownsRegistry;
    }

    /**
     * A registry of its own with the runtime's defaults (budgets and telemetry on), started (its watchdog enforces
     * the budgets), seen by {@code plugin}; closing this closes the registry.
     */
    public static PluginHooks standalone(String plugin) {
        HookRegistry registry = new HookRegistry(TimeSource.SYSTEM, RegistryLog.NONE, RegistrySettings.DEFAULTS);
        registry.start();
        return new PluginHooks(registry, plugin, true);
    }

    /** The registry underneath. */
    public HookRegistry registry() {
        return registry;
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

    @Override
    public void close() {
        if (ownsRegistry) {
            registry.close();
        }
    }
}
