package io.hookwire.hooks.impl;

import java.util.Arrays;
import java.util.Map;

import io.hookwire.hooks.HookConstants;
import io.hookwire.hooks.HookNames;

/**
 * The hook properties of a whiteboard handler service, read through typed getters that reject bad values.
 *
 * @param hook the hook name ({@value HookConstants#HOOK_NAME})
 * @param priority the priority ({@value HookConstants#HOOK_PRIORITY})
 * @param handlerId the handler id ({@value HookConstants#HOOK_HANDLER_ID}, else {@code component.name}, else
 *     {@code service.<id>})
 */
public record HandlerProperties(String hook, int priority, String handlerId) {

    /**
     * Reads the properties of a handler service.
     *
     * @throws IllegalArgumentException with the reason, when a property is missing or malformed
     */
    public static HandlerProperties read(Map<String, ?> properties) {
        Object name = properties.get(HookConstants.HOOK_NAME);
        if (name == null) {
            throw new IllegalArgumentException("it has no '" + HookConstants.HOOK_NAME
                    + "' property; annotate the component with @HookName(\"domain:event\")");
        }
        if (!(name instanceof String hook)) {
            throw new IllegalArgumentException("its '" + HookConstants.HOOK_NAME + "' property must be a String, not "
                    + describe(name));
        }
        if (!HookNames.isValid(hook)) {
            throw new IllegalArgumentException(HookNames.problem(hook));
        }
        return new HandlerProperties(hook, priority(properties.get(HookConstants.HOOK_PRIORITY)),
                handlerId(properties));
    }

    private static int priority(Object value) {
        if (value == null) {
            return HookConstants.DEFAULT_PRIORITY;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        if (value instanceof String s) {
            try {
                return Integer.parseInt(s.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("its '" + HookConstants.HOOK_PRIORITY + "' property must be an integer, not "
                + describe(value));
    }

    private static String handlerId(Map<String, ?> properties) {
        Object id = properties.get(HookConstants.HOOK_HANDLER_ID);
        if (id != null) {
            if (!(id instanceof String s) || s.isBlank()) {
                throw new IllegalArgumentException("its '" + HookConstants.HOOK_HANDLER_ID
                        + "' property must be a non-blank String, not " + describe(id));
            }
            return s;
        }
        Object component = properties.get("component.name");
        if (component instanceof String s && !s.isBlank()) {
            return s;
        }
        return "service." + properties.get("service.id");
    }

    private static String describe(Object value) {
        String shown = String.valueOf(value);
        if (value.getClass().isArray()) { // a multi-valued property: show its elements, not '[Ljava.lang.String;@1f'
            String wrapped = Arrays.deepToString(new Object[] {value}); // handles primitive arrays too
            shown = wrapped.substring(1, wrapped.length() - 1);
        }
        return value.getClass().getSimpleName() + " '" + shown + "'";
    }
}
