package io.hookwire.hooks;

/**
 * One handler of one hook, as the registry sees it.
 *
 * @param hook the hook name
 * @param kind action or filter
 * @param plugin the plugin that registered it (the bundle's {@code Plugin-Id}, else its symbolic name)
 * @param id the handler's id: stable when the plugin gave one, generated otherwise
 * @param priority lower runs first
 * @param sequence the global registration sequence, which orders handlers of equal priority
 * @param isolated whether the handler has overrun its budget and now runs away from the dispatching thread
 */
public record HandlerInfo(String hook, HookKind kind, String plugin, String id, int priority, long sequence,
        boolean isolated) {}
