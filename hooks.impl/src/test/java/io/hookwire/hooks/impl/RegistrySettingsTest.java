package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistrySettingsTest {
    private static RegistrySettings settings(long budget, Map<String, Long> budgets, int sampleEvery, int exactCalls,
            long tick) {
        return new RegistrySettings(budget, budgets, sampleEvery, exactCalls, tick);
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(RegistrySettings.DEFAULTS).isEqualTo(new RegistrySettings(2000, Map.of(), 16, 256, 2));
        assertThat(RegistrySettings.DEFAULTS.anyBudget()).isTrue();
    }

    @Test
    void aNegativeBudgetIsRefusedSayingThatZeroTurnsItOff() {
        assertThatThrownBy(() -> RegistrySettings.DEFAULTS.withDefaultBudgetMillis(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 (off)").hasMessageContaining("-1");
        assertThatThrownBy(() -> RegistrySettings.DEFAULTS.withHookBudgets(Map.of("db:query", -5L)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'db:query'")
                .hasMessageContaining("-5");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3, 6, 24, -4, Integer.MIN_VALUE})
    void sampleEveryMustBeAPowerOfTwo(int sampleEvery) {
        assertThatThrownBy(() -> RegistrySettings.DEFAULTS.withSampleEvery(sampleEvery))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two").hasMessageContaining(String.valueOf(sampleEvery));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 16, 1 << 30})
    void powersOfTwoAreFine(int sampleEvery) {
        assertThat(RegistrySettings.DEFAULTS.withSampleEvery(sampleEvery).sampleEvery()).isEqualTo(sampleEvery);
    }

    @Test
    void negativeExactCallsAndATickBelowOneMillisecondAreRefused() {
        assertThatThrownBy(() -> settings(0, Map.of(), 1, -1, 2)).hasMessageContaining("exactCalls");
        assertThatThrownBy(() -> settings(0, Map.of(), 1, 0, 0)).hasMessageContaining("watchdog tick");
        assertThatNoException().isThrownBy(() -> settings(0, Map.of(), 1, 0, 1));
    }

    @Test
    void aHookBudgetOverridesTheDefaultAndZeroTurnsItOff() {
        RegistrySettings settings = RegistrySettings.DEFAULTS.withDefaultBudgetMillis(100)
                .withHookBudgets(Map.of("db:query", 250L, "mail:send", 0L));

        assertThat(settings.budgetNanos("db:query")).isEqualTo(250_000_000L);
        assertThat(settings.budgetNanos("mail:send")).isZero();
        assertThat(settings.budgetNanos("other:hook")).isEqualTo(100_000_000L);
    }

    @Test
    void anyBudgetIsTrueWhenAnyHookHasOne() {
        RegistrySettings off = RegistrySettings.DEFAULTS.withDefaultBudgetMillis(0);

        assertThat(off.anyBudget()).isFalse();
        assertThat(off.withHookBudgets(Map.of("db:query", 0L)).anyBudget()).isFalse();
        assertThat(off.withHookBudgets(Map.of("db:query", 5L)).anyBudget()).isTrue();
    }

    @Test
    void theWithersChangeOneThingAndTheHookBudgetsAreACopy() {
        Map<String, Long> budgets = new HashMap<>(Map.of("db:query", 250L));
        RegistrySettings settings = RegistrySettings.DEFAULTS.withHookBudgets(budgets).withSampleEvery(4)
                .withDefaultBudgetMillis(7);
        budgets.put("db:query", 1L);

        assertThat(settings).isEqualTo(new RegistrySettings(7, Map.of("db:query", 250L), 4, 256, 2));
        assertThatThrownBy(() -> settings.hookBudgetMillis().put("x:y", 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
