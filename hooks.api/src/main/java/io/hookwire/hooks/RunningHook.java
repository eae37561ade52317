package io.hookwire.hooks;

/**
 * A hook being fired on the current thread.
 *
 * @param hook the hook name
 * @param kind action or filter
 */
public record RunningHook(String hook, HookKind kind) {}
