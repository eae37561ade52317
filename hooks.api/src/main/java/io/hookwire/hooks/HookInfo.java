package io.hookwire.hooks;

import java.util.List;

/**
 * A hook and its handlers in run order.
 *
 * @param name the hook name
 * @param kind action or filter
 * @param handlers the handlers, in the order they run
 */
public record HookInfo(String name, HookKind kind, List<HandlerInfo> handlers) {
    public HookInfo {
        handlers = List.copyOf(handlers);
    }
}
