package io.hookwire.host.jobs;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;

/** When a job runs: a Quartz-style cron expression, or a fixed delay after each run. Immutable. */
sealed interface Schedule permits Schedule.Cron, Schedule.Every {
    /** The shortest delay: a job is not a busy loop. */
    Duration MIN_DELAY = Duration.ofSeconds(1);

    /** The schedule as it was given, for operators. */
    String text();

    /** When a job scheduled at {@code now} runs first, or {@code null} for never. */
    Instant first(Instant now);

    /**
     * A cron expression with seconds ({@code 0 0/5 * * * ?}), in {@code zone}.
     *
     * @throws IllegalArgumentException with why, when it does not parse
     */
    static Cron cron(String expression, ZoneId zone) {
        if (expression == null || expression.isBlank()) {
            throw new IllegalArgumentException("the cron expression is empty; give one with seconds, for example"
                    + " '0 0 3 * * ?' (every day at 03:00)");
        }
        try {
            com.cronutils.model.Cron cron = Cron.PARSER.parse(expression.trim()).validate();
            return new Cron(expression.trim(), ExecutionTime.forCron(cron), zone);
        } catch (RuntimeException e) { // mostly IllegalArgumentException; the parser throws others on odd input
            throw new IllegalArgumentException("the cron expression '" + expression + "' does not parse as a"
                    + " Quartz-style expression with seconds (for example '0 0 3 * * ?'): " + e.getMessage(), e);
        }
    }

    /**
     * A delay between the end of one run and the start of the next.
     *
     * @throws IllegalArgumentException when it is under {@link #MIN_DELAY}
     */
    static Every every(Duration delay) {
        if (delay == null || delay.compareTo(MIN_DELAY) < 0) {
            throw new IllegalArgumentException("a job's interval must be at least 1 second, not " + delay);
        }
        return new Every(delay, delay.toString());
    }

    /** An ISO-8601 duration ({@code PT10M}), as the whiteboard property gives it. */
    static Every every(String iso) {
        if (iso == null || iso.isBlank()) {
            throw new IllegalArgumentException("the interval is empty; give an ISO-8601 duration, for example"
                    + " 'PT10M'");
        }
        try {
            return new Every(every(Duration.parse(iso.trim())).delay(), iso.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("the interval '" + iso + "' is not an ISO-8601 duration such as"
                    + " 'PT10M' or 'PT1S'", e);
        }
    }

    /** A cron expression; the next run is due at the next match after the one before (or after now). */
    record Cron(String text, ExecutionTime times, ZoneId zone) implements Schedule {
        private static final CronParser PARSER =
                new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

        @Override
        public Instant first(Instant now) {
            return after(now);
        }

        /** The first match strictly after {@code instant}, or {@code null} when there is none. */
        Instant after(Instant instant) {
            return times.nextExecution(ZonedDateTime.ofInstant(instant, zone)).map(ZonedDateTime::toInstant)
                    .orElse(null);
        }
    }

    /** A fixed delay; the next run is due {@code delay} after the last one ended. */
    record Every(Duration delay, String text) implements Schedule {
        @Override
        public Instant first(Instant now) {
            return now.plus(delay);
        }
    }
}
