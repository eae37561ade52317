package io.hookwire.host.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.RunningHook;

/**
 * A {@link Hooks} that records what is fired, in order, and runs a check at each dispatch (to see what was committed
 * by then). Registration is not what these tests are about.
 */
public final class RecordingHooks implements Hooks {
    /** One dispatch: the hook's name and its payload. */
    public record Fired(String hook, Object payload) {}

    public final List<Fired> fired = new CopyOnWriteArrayList<>();
    private volatile Runnable onDispatch = () -> {};

    /** Runs {@code check} at every dispatch, before it is recorded. */
    public void onDispatch(Runnable check) {
        this.onDispatch = check;
    }

    /** The names fired so far, in order. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        fired.forEach(f -> names.add(f.hook()));
        return names;
    }

    /** The payload of the last dispatch of {@code hook}. */
    public <P> P last(ActionHook<P> hook) {
        for (int i = fired.size() - 1; i >= 0; i--) {
            if (fired.get(i).hook().equals(hook.name())) {
                return hook.payloadType().cast(fired.get(i).payload());
            }
        }
        throw new AssertionError(hook.name() + " was not fired; fired: " + names());
    }

    public void clear() {
        fired.clear();
    }

    @Override
    public <P> void dispatch(ActionHook<P> hook, P payload) {
        onDispatch.run();
        fired.add(new Fired(hook.name(), payload));
    }

    @Override
    public <V, C> V applyFilters(FilterHook<V, C> hook, V value, C context) {
        return value;
    }

    @Override
    public <P> HookRegistration registerAction(ActionHook<P> hook, int priority, String handlerId,
            ActionHandler<? super P> handler) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <V, C> HookRegistration registerFilter(FilterHook<V, C> hook, int priority, String handlerId,
            FilterHandler<V, ? super C> handler) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasHandlers(ActionHook<?> hook) {
        return false;
    }

    @Override
    public boolean hasHandlers(FilterHook<?, ?> hook) {
        return false;
    }

    @Override
    public List<HandlerInfo> handlers(ActionHook<?> hook) {
        return List.of();
    }

    @Override
    public List<HandlerInfo> handlers(FilterHook<?, ?> hook) {
        return List.of();
    }

    @Override
    public List<HookInfo> hooks() {
        return List.of();
    }

    @Override
    public List<RunningHook> running() {
        return List.of();
    }
}
