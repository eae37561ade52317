package io.hookwire.hooks.core;

import java.util.Objects;

/**
 * A tab of a settings page.
 *
 * @param id a stable id
 * @param label the text shown
 * @param href the page it opens
 */
public record SettingsTab(String id, String label, String href) {
    public SettingsTab {
        Objects.requireNonNull(id, "id");
    }
}
