package io.hookwire.host.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Times as the database keeps them: to the microsecond (what H2's and PostgreSQL's timestamps hold; clocks give
 * more), so that what an action announces equals what a later read returns, and so that two requests a millisecond
 * apart still line up in order (a user's first team is the one they joined first).
 */
public final class Times {
    private Times() {}

    public static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
