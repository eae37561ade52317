package io.hookwire.host.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    @Test
    void aQuartzExpressionGivesTheNextMatchStrictlyAfter() {
        Schedule.Cron every5 = Schedule.cron("0 0/5 * * * ?", ZoneOffset.UTC);
        assertThat(every5.first(Instant.parse("2026-01-01T10:02:30Z"))).isEqualTo("2026-01-01T10:05:00Z");
        assertThat(every5.after(Instant.parse("2026-01-01T10:05:00Z"))).isEqualTo("2026-01-01T10:10:00Z");
        assertThat(Schedule.cron("*/10 * * * * ?", ZoneOffset.UTC).after(Instant.parse("2026-01-01T10:00:01Z")))
                .isEqualTo("2026-01-01T10:00:10Z");
    }

    @Test
    void theExpressionIsReadInTheGivenZone() {
        Schedule.Cron at3 = Schedule.cron("0 0 3 * * ?", ZoneId.of("Europe/Paris"));
        assertThat(at3.first(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-01T02:00:00Z");
    }

    @Test
    void quartzSpecialsParse() {
        Schedule.Cron lastFriday = Schedule.cron("0 15 10 ? * 6L", ZoneOffset.UTC);
        assertThat(lastFriday.first(Instant.parse("2026-01-01T00:00:00Z"))).isEqualTo("2026-01-30T10:15:00Z");
        assertThat(Schedule.cron(" 0 0 12 ? * MON-FRI ", ZoneOffset.UTC).text()).isEqualTo("0 0 12 ? * MON-FRI");
    }

    @Test
    void aBadExpressionIsRefusedWithWhy() {
        for (String bad : new String[] {"* * * * *", "0 0 25 * * ?", "every day", "0 0 3 * * ? 1999-x", ""}) {
            assertThatThrownBy(() -> Schedule.cron(bad, ZoneOffset.UTC)).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cron expression");
        }
    }

    @Test
    void intervalsAreIsoDurationsOfAtLeastASecond() {
        assertThat(Schedule.every("PT10M").delay()).isEqualTo(Duration.ofMinutes(10));
        assertThat(Schedule.every("PT10M").text()).isEqualTo("PT10M");
        assertThat(Schedule.every("PT1S").first(Instant.EPOCH)).isEqualTo(Instant.EPOCH.plusSeconds(1));
        assertThatThrownBy(() -> Schedule.every("PT0.5S")).hasMessageContaining("at least 1 second");
        assertThatThrownBy(() -> Schedule.every("10 minutes")).hasMessageContaining("ISO-8601");
        assertThatThrownBy(() -> Schedule.every(Duration.ZERO)).hasMessageContaining("at least 1 second");
        assertThatThrownBy(() -> Schedule.every((String) null)).hasMessageContaining("empty");
    }
}
