package io.hookwire.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** ActionHook and FilterHook: validated names, equality by name. */
class HookKeysTest {
    @Test
    void anActionHookKeepsItsNameAndPayloadType() {
        ActionHook<String> hook = ActionHook.of("auth:registered", String.class);

        assertThat(hook.name()).isEqualTo("auth:registered");
        assertThat(hook.payloadType()).isEqualTo(String.class);
        assertThat(hook).hasToString("action auth:registered<String>");
    }

    @Test
    void aFilterHookKeepsItsNameValueAndContextTypes() {
        FilterHook<List<String>, Void> hook = FilterHook.of("ui:nav:main", List.class, Void.class);

        assertThat(hook.valueType()).isEqualTo(List.class);
        assertThat(hook.contextType()).isEqualTo(Void.class);
        assertThat(hook).hasToString("filter ui:nav:main<List, Void>");
    }

    @Test
    void badNamesAreRefusedWithTheExpectedShape() {
        assertThatThrownBy(() -> ActionHook.of("Registered", String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'domain:event'");
        assertThatThrownBy(() -> FilterHook.of("ui nav", String.class, Void.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'domain:event'");
        assertThatThrownBy(() -> ActionHook.of(null, String.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing");
    }

    @Test
    void missingTypesAreRefused() {
        assertThatThrownBy(() -> ActionHook.of("auth:registered", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FilterHook.of("ui:nav:main", null, Void.class))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> FilterHook.of("ui:nav:main", String.class, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void keysAreEqualWhenTheirNamesAreEqual() {
        ActionHook<String> a = ActionHook.of("auth:registered", String.class);
        ActionHook<Object> sameName = ActionHook.of("auth:registered", Object.class);
        ActionHook<String> other = ActionHook.of("auth:deleted", String.class);

        assertThat(a).isEqualTo(sameName).hasSameHashCodeAs(sameName).isNotEqualTo(other);
        assertThat(FilterHook.of("ui:nav:main", String.class, Void.class))
                .isEqualTo(FilterHook.of("ui:nav:main", Object.class, String.class))
                .isNotEqualTo(FilterHook.of("ui:nav:admin", String.class, Void.class));
    }

    @Test
    void anActionAndAFilterOfTheSameNameAreDifferentKeys() {
        Object action = ActionHook.of("post:saved", String.class);
        Object filter = FilterHook.of("post:saved", String.class, Void.class);

        assertThat(action).isNotEqualTo(filter);
        assertThat(filter).isNotEqualTo(action);
    }
}
