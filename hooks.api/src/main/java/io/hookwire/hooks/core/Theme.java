package io.hookwire.hooks.core;

import java.util.Map;

/**
 * The shell's theme: named design tokens such as {@code color.primary} or {@code font.body}.
 *
 * @param tokens token name to value
 */
public record Theme(Map<String, String> tokens) {
    public Theme {
        tokens = tokens == null ? Map.of() : Map.copyOf(tokens);
    }
}
