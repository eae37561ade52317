package io.hookwire.hooks;

import java.util.Locale;

/** The two kinds of hook. */
public enum HookKind {
    /** Handlers are told that something happened; nothing is returned. */
    ACTION,
    /** Handlers transform a value, each receiving the result of the one before. */
    FILTER;

    /** {@code "action"} or {@code "filter"}, as used in logs, events and JSON. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return label();
    }
}
