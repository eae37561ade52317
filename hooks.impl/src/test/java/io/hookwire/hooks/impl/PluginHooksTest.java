package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.HandlerInfo;

class PluginHooksTest {
    private static final ActionHook<String> SAID = ActionHook.of("test:said", String.class);

    @Test
    void registrationsAreThePluginsAndEveryViewDispatchesToAll() {
        try (PluginHooks notes = PluginHooks.standalone("notes")) {
            PluginHooks audit = new PluginHooks(notes.registry(), "audit");
            List<String> heard = new ArrayList<>();
            notes.registerAction(SAID, 10, "notes-ear", p -> heard.add("notes " + p));
            audit.registerAction(SAID, 5, "audit-ear", p -> heard.add("audit " + p));

            audit.dispatch(SAID, "hi");

            assertThat(heard).containsExactly("audit hi", "notes hi");
            assertThat(notes.handlers(SAID)).extracting(HandlerInfo::plugin).containsExactly("audit", "notes");
            audit.close(); // a view of a shared registry leaves it open
            assertThat(notes.hasHandlers(SAID)).isTrue();
        }
    }
}
