package io.hookwire.host.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times as the database keeps them: to the millisecond (H2 and PostgreSQL keep microseconds, clocks give more), so
 * that what an action announces equals what a later read returns.
 */
public final class Times {
    private Times() {}

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
