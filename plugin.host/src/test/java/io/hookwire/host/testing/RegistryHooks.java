package io.hookwire.host.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

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
import io.hookwire.hooks.impl.RegistryLog;
import io.hookwire.hooks.impl.RegistrySettings;
import io.hookwire.hooks.impl.TimeSource;

/**
 * The {@link Hooks} service of one plugin over a real {@link HookRegistry}, without OSGi (as the runtime's
 * bundle-scoped service does). It counts the dispatches it is asked for, so that a test can tell that nothing was
 * fired when nobody listened.
 */
public final class RegistryHooks implements Hooks, AutoCloseable {
    private final HookRegistry registry;
    private final String plugin;
    private final AtomicInteger dispatches = new AtomicInteger();

    private RegistryHooks(HookRegistry registry, String plugin) {
        this.registry = registry;
        this.plugin = plugin;
    }

    /** A fresh, started registry (default settings), seen as plugin {@code plugin}. */
    public static RegistryHooks start(String plugin) {
        HookRegistry registry = new HookRegistry(TimeSource.SYSTEM, RegistryLog.NONE, RegistrySettings.DEFAULTS);
        registry.start();
        return new RegistryHooks(registry, plugin);
    }

    /** The same registry, seen as another plugin. */
    public RegistryHooks as(String otherPlugin) {
        return new RegistryHooks(registry, otherPlugin);
    }

    /** How many times {@link #dispatch} or {@link #applyFilters} was called through this instance. */
    public int dispatches() {
        return dispatches.get();
    }

    @Override
    public void close() {
        registry.close();
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
        dispatches.incrementAndGet();
        registry.dispatch(hook, payload);
    }

    @Override
    public <V, C> V applyFilters(FilterHook<V, C> hook, V value, C context) {
        dispatches.incrementAndGet();
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
