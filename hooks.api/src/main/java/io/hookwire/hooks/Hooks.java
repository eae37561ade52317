package io.hookwire.hooks;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The hook registry, for code that registers handlers at run time and for code that fires hooks.
 *
 * <p>This service is bundle-scoped: each bundle gets its own instance, and every handler registered through it is
 * attributed to that bundle's plugin (its {@code Plugin-Id} header, else its symbolic name). When the bundle stops,
 * its registrations go away. Handlers published as whiteboard services ({@link ActionHandler},
 * {@link FilterHandler}) and handlers registered here share one registry and one ordering.
 *
 * <p>Firing a hook never throws because of a handler: each handler's failure is caught and reported (see
 * {@link HookErrorListener}). The only errors that escape are {@link VirtualMachineError}s other than
 * {@link StackOverflowError}.
 *
 * <p>A dispatch runs the handlers registered when it starts. A handler removed during a dispatch is skipped if it has
 * not run yet; one added during a dispatch runs from the next one.
 *
 * <p>Thread-safe. Firing takes no lock.
 */
@ProviderType
public interface Hooks {

    /** Registers an action handler with the default priority. */
    default <P> HookRegistration registerAction(ActionHook<P> hook, ActionHandler<? super P> handler) {
        return registerAction(hook, HookConstants.DEFAULT_PRIORITY, null, handler);
    }

    /** Registers an action handler; lower priorities run first. */
    default <P> HookRegistration registerAction(ActionHook<P> hook, int priority, ActionHandler<? super P> handler) {
        return registerAction(hook, priority, null, handler);
    }

    /**
     * Registers an action handler with a stable id.
     *
     * @param handlerId a stable name for this handler within the plugin, or {@code null} for a generated one
     * @return the registration; close it to remove the handler
     */
    <P> HookRegistration registerAction(ActionHook<P> hook, int priority, String handlerId,
            ActionHandler<? super P> handler);

    /** Registers a filter handler with the default priority. */
    default <V, C> HookRegistration registerFilter(FilterHook<V, C> hook, FilterHandler<V, ? super C> handler) {
        return registerFilter(hook, HookConstants.DEFAULT_PRIORITY, null, handler);
    }

    /** Registers a filter handler; lower priorities run first. */
    default <V, C> HookRegistration registerFilter(FilterHook<V, C> hook, int priority,
            FilterHandler<V, ? super C> handler) {
        return registerFilter(hook, priority, null, handler);
    }

    /**
     * Registers a filter handler with a stable id.
     *
     * @param handlerId a stable name for this handler within the plugin, or {@code null} for a generated one
     * @return the registration; close it to remove the handler
     */
    <V, C> HookRegistration registerFilter(FilterHook<V, C> hook, int priority, String handlerId,
            FilterHandler<V, ? super C> handler);

    /**
     * Fires an action: runs its handlers one after another, on this thread, and returns when they are done.
     *
     * @param payload the payload; {@code null} only for an action whose payload type is {@link Void}
     */
    <P> void dispatch(ActionHook<P> hook, P payload);

    /**
     * Applies a filter: passes {@code value} through its handlers one after another and returns the result.
     *
     * @param value the value to filter, not {@code null}
     * @param context the context handed to every handler; may be {@code null}
     */
    <V, C> V applyFilters(FilterHook<V, C> hook, V value, C context);

    /** Applies a filter that takes no context. */
    default <V> V applyFilters(FilterHook<V, Void> hook, V value) {
        return applyFilters(hook, value, null);
    }

    /** Whether the action has at least one handler. */
    boolean hasHandlers(ActionHook<?> hook);

    /** Whether the filter has at least one handler. */
    boolean hasHandlers(FilterHook<?, ?> hook);

    /** The handlers of an action, in the order they run. */
    List<HandlerInfo> handlers(ActionHook<?> hook);

    /** The handlers of a filter, in the order they run. */
    List<HandlerInfo> handlers(FilterHook<?, ?> hook);

    /** Every hook that has at least one handler, sorted by kind and name, each with its handlers in run order. */
    List<HookInfo> hooks();

    /**
     * The hooks being fired on this thread, outermost first, as WordPress's {@code doing_action()} and
     * {@code current_filter()} tell. Empty when no hook is running.
     */
    List<RunningHook> running();

    /** Whether a hook of this name is being fired on this thread. */
    default boolean isRunning(String hookName) {
        return running().stream().anyMatch(r -> r.hook().equals(hookName));
    }
}
