package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import io.hookwire.hooks.HookConstants;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The service properties of a whiteboard handler: what is accepted, and what the refusals say to fix. */
class HandlerPropertiesTest {
    private static final String NAME = HookConstants.HOOK_NAME;
    private static final String PRIORITY = HookConstants.HOOK_PRIORITY;
    private static final String ID = HookConstants.HOOK_HANDLER_ID;

    /** A service's properties: its hook name, service.id 42, and whatever else is given as key, value, ... */
    private static Map<String, Object> service(Object hookName, Object... more) {
        Map<String, Object> properties = new HashMap<>();
        if (hookName != null) {
            properties.put(NAME, hookName);
        }
        properties.put("service.id", 42L);
        for (int i = 0; i < more.length; i += 2) {
            properties.put((String) more[i], more[i + 1]);
        }
        return properties;
    }

    @Test
    void aHookNameAloneIsEnough() {
        HandlerProperties read = HandlerProperties.read(service("auth:registered"));

        assertThat(read).isEqualTo(new HandlerProperties("auth:registered", HookConstants.DEFAULT_PRIORITY,
                "service.42"));
    }

    @Test
    void theHandlerIdDefaultsToTheComponentNameThenToTheServiceId() {
        assertThat(HandlerProperties.read(service("auth:registered", "component.name", "com.example.Welcome"))
                .handlerId()).isEqualTo("com.example.Welcome");
        assertThat(HandlerProperties.read(service("auth:registered", "component.name", " ")).handlerId())
                .isEqualTo("service.42");
        assertThat(HandlerProperties.read(service("auth:registered", "component.name", "com.example.Welcome",
                ID, "welcome-mail")).handlerId()).isEqualTo("welcome-mail");
    }

    @Test
    void aMissingHookNameSaysWhichAnnotationToAdd() {
        assertThatThrownBy(() -> HandlerProperties.read(service(null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'hook.name'")
                .hasMessageContaining("@HookName(\"domain:event\")");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "registered", "Auth:Registered", "auth:"})
    void aBlankOrMalformedHookNameShowsTheExpectedShape(String name) {
        assertThatThrownBy(() -> HandlerProperties.read(service(name)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("'domain:event'");
    }

    @Test
    void aHookNameThatIsNoStringSaysWhatItIs() {
        assertThatThrownBy(() -> HandlerProperties.read(service(5)))
                .hasMessageContaining("'hook.name' property must be a String, not Integer '5'");
        assertThatThrownBy(() -> HandlerProperties.read(service(new String[] {"auth:registered", "auth:deleted"})))
                .hasMessageContaining("must be a String, not String[] '[auth:registered, auth:deleted]'");
    }

    @Test
    void integralPrioritiesOfAnyWidthThatFitAnIntAreAccepted() {
        assertThat(priorityOf(7)).isEqualTo(7);
        assertThat(priorityOf((short) -2)).isEqualTo(-2);
        assertThat(priorityOf((byte) 3)).isEqualTo(3);
        assertThat(priorityOf(5L)).isEqualTo(5);
        assertThat(priorityOf((long) Integer.MIN_VALUE)).isEqualTo(Integer.MIN_VALUE);
        assertThat(priorityOf("12")).isEqualTo(12);
        assertThat(priorityOf(" -3 ")).isEqualTo(-3);
    }

    private static int priorityOf(Object priority) {
        return HandlerProperties.read(service("auth:registered", PRIORITY, priority)).priority();
    }

    @Test
    void aPriorityThatIsNoIntegerIsRefusedWithWhatWasGiven() {
        assertPriorityRefused("abc", "String 'abc'");
        assertPriorityRefused(1.5, "Double '1.5'");
        assertPriorityRefused(3_000_000_000L, "Long '3000000000'");
        assertPriorityRefused("3000000000", "String '3000000000'");
        assertPriorityRefused("", "String ''");
        assertPriorityRefused(new int[] {1, 2}, "int[] '[1, 2]'");
    }

    private static void assertPriorityRefused(Object priority, String shown) {
        assertThatThrownBy(() -> priorityOf(priority))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'hook.priority' property must be an integer, not " + shown);
    }

    @Test
    void aBlankOrNonStringHandlerIdIsRefused() {
        for (Object id : new Object[] {"", "   ", 17}) {
            assertThatThrownBy(() -> HandlerProperties.read(service("auth:registered", ID, id)))
                    .as("id %s", id)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("'hook.handler.id' property must be a non-blank String");
        }
    }
}
