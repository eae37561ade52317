package io.hookwire.host.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import io.hookwire.host.plugins.QuarantineBreaker.Failure;
import org.junit.jupiter.api.Test;

/** The breaker's transitions, driven by a hand-moved clock. */
class QuarantineBreakerTest {
    private final QuarantineBreaker breaker = new QuarantineBreaker(
            new QuarantineBreaker.Settings(3, Duration.ofMinutes(1)));
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");

    private void advance(Duration d) {
        now = now.plus(d);
    }

    @Test
    void itTripsOnTheThresholdthFailureWithinTheWindowAndSaysWhy() {
        assertThat(breaker.record("notes", Failure.EXCEPTION, "IllegalStateException: a", now)).isEmpty();
        advance(Duration.ofSeconds(10));
        assertThat(breaker.record("notes", Failure.TIMEOUT, "TimeoutException: b", now)).isEmpty();
        advance(Duration.ofSeconds(10));

        assertThat(breaker.record("notes", Failure.EXCEPTION, "IllegalStateException: c", now)).hasValueSatisfying(
                reason -> assertThat(reason).isEqualTo("quarantined after 3 failures within 1 minute"
                        + " (2 exceptions, 1 timeout); last: IllegalStateException: c"));
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        breaker.record("notes", Failure.EXCEPTION, "a", now);
        breaker.record("notes", Failure.EXCEPTION, "b", now);
        advance(Duration.ofSeconds(61));

        assertThat(breaker.record("notes", Failure.EXCEPTION, "c", now)).isEmpty();
        assertThat(breaker.record("notes", Failure.JOB, "d", now)).isEmpty();
        assertThat(breaker.record("notes", Failure.ACTIVATION, "e", now)).isPresent();
    }

    @Test
    void pluginsAreCountedApartAndAResetForgets() {
        breaker.record("notes", Failure.EXCEPTION, "a", now);
        breaker.record("notes", Failure.EXCEPTION, "b", now);
        breaker.record("audit", Failure.EXCEPTION, "x", now);
        breaker.reset("notes");

        assertThat(breaker.record("notes", Failure.EXCEPTION, "c", now)).isEmpty();
        assertThat(breaker.record("audit", Failure.EXCEPTION, "y", now)).isEmpty();
        assertThat(breaker.record("audit", Failure.EXCEPTION, "z", now)).isPresent();
    }

    @Test
    void afterATripTheCountStartsAfresh() {
        for (int i = 0; i < 3; i++) {
            breaker.record("notes", Failure.EXCEPTION, "f" + i, now);
        }
        assertThat(breaker.record("notes", Failure.EXCEPTION, "again", now)).isEmpty();
    }

    @Test
    void onProbationTheFirstFailureTripsAgain() {
        breaker.onProbation("notes");

        assertThat(breaker.record("notes", Failure.TIMEOUT, "TimeoutException: slow", now)).hasValueSatisfying(
                reason -> assertThat(reason).startsWith("quarantined again: it failed while on probation"));
        assertThat(breaker.record("notes", Failure.TIMEOUT, "once more", now)).as("probation is over").isEmpty();
    }

    @Test
    void newSettingsApplyToTheNextFailure() {
        breaker.configure(new QuarantineBreaker.Settings(1, Duration.ofSeconds(30)));
        assertThat(breaker.record("notes", Failure.EXCEPTION, "a", now)).hasValueSatisfying(
                reason -> assertThat(reason).contains("1 failures within 30 seconds"));
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new QuarantineBreaker.Settings(0, Duration.ofMinutes(1)))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> new QuarantineBreaker.Settings(3, Duration.ZERO)).hasMessageContaining("positive");
    }
}
