package io.hookwire.webconsole;

import java.util.List;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.RunningHook;

/** A Hooks service that lists the given hooks; the pages use nothing else of it. */
final class FakeHooks implements Hooks {
    private final List<HookInfo> hooks;

    FakeHooks(List<HookInfo> hooks) {
        this.hooks = hooks;
    }

    @Override
    public List<HookInfo> hooks() {
        return hooks;
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
    public <P> void dispatch(ActionHook<P> hook, P payload) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <V, C> V applyFilters(FilterHook<V, C> hook, V value, C context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasHandlers(ActionHook<?> hook) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean hasHandlers(FilterHook<?, ?> hook) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HandlerInfo> handlers(ActionHook<?> hook) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<HandlerInfo> handlers(FilterHook<?, ?> hook) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<RunningHook> running() {
        return List.of();
    }
}
