package io.hookwire.hooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HookNamesTest {
    @ParameterizedTest
    @ValueSource(strings = {"auth:registered", "ui:nav:main", "db:query", "a1:b_2-c", "x:y:z:w"})
    void wellFormedNamesAreValid(String name) {
        assertThat(HookNames.isValid(name)).isTrue();
        assertThat(HookNames.requireValid(name)).isSameAs(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "auth", "Auth:registered", "auth:Registered", "auth:", ":registered", "auth::x",
            "1auth:registered", "auth:_x", "auth registered", "auth.registered", " auth:registered", "auth:régistré"})
    void malformedNamesAreRefusedWithTheExpectedShape(String name) {
        assertThat(HookNames.isValid(name)).isFalse();
        assertThatThrownBy(() -> HookNames.requireValid(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + name + "'")
                .hasMessageContaining("'domain:event'")
                .hasMessageContaining("'auth:registered'");
    }

    @Test
    void aMissingNameSaysSo() {
        assertThat(HookNames.isValid(null)).isFalse();
        assertThatThrownBy(() -> HookNames.requireValid(null)).hasMessageContaining("missing")
                .hasMessageContaining("'domain:event'");
    }

    @Test
    void namesAreAtMost128Characters() {
        String longest = "a:" + "b".repeat(HookNames.MAX_LENGTH - 2);
        String tooLong = longest + "c";

        assertThat(HookNames.isValid(longest)).isTrue();
        assertThat(HookNames.isValid(tooLong)).isFalse();
        assertThat(HookNames.problem(tooLong)).contains("129 characters").contains("at most 128")
                .hasSizeLessThan(200);
    }
}
