package io.hookwire.hooks.core;

import java.util.Objects;

/**
 * An entry of a navigation menu.
 *
 * @param id a stable id
 * @param label the text shown
 * @param href where it leads
 * @param order where it sits; lower comes first
 */
public record NavItem(String id, String label, String href, int order) {
    public NavItem {
        Objects.requireNonNull(id, "id");
    }
}
