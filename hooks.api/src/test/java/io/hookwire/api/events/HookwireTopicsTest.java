package io.hookwire.api.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HookwireTopicsTest {
    @Test
    void aPluginsTopicIsUnderItsOwnPrefix() {
        assertThat(HookwireTopics.plugin("notes", "note/ARCHIVED")).isEqualTo("hookwire/plugin/notes/note/ARCHIVED");
    }

    @Test
    void malformedPartsAreRefused() {
        for (String bad : new String[] {"", "a//b", "/a", "a/", "a b", "a/*", null}) {
            assertThatThrownBy(() -> HookwireTopics.plugin("notes", bad)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> HookwireTopics.plugin("a/b", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
