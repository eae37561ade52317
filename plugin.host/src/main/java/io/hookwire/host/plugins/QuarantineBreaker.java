package io.hookwire.host.plugins;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The circuit breaker of seed §3.2: a plugin that fails {@code threshold} times within {@code window} is quarantined.
 * Failures are hook exceptions and timeouts (from the registry), activation failures and job failures. A plugin
 * re-admitted by the optional probe is on probation: its first failure quarantines it again.
 *
 * <p>A plain object: time comes from the caller, so tests drive it by hand. Thread-safe (synchronized: failures are
 * rare, and the hot path never calls it).
 */
final class QuarantineBreaker {
    /** What kind of failure a plugin had. */
    enum Failure {
        EXCEPTION("exception", "exceptions"), TIMEOUT("timeout", "timeouts"), ACTIVATION("activation failure",
                "activation failures"), JOB("job failure", "job failures");

        final String one;
        final String many;

        Failure(String one, String many) {
            this.one = one;
            this.many = many;
        }
    }

    /** The breaker's settings: {@code threshold} failures within {@code window} trip it. */
    record Settings(int threshold, Duration window) {
        Settings {
            if (threshold < 1) {
                throw new IllegalArgumentException("the quarantine threshold must be at least 1, not " + threshold);
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("the quarantine window must be positive, not " + window);
            }
        }
    }

    private record Event(Instant at, Failure kind) {}

    private final Map<String, Deque<Event>> recent = new HashMap<>();
    private final Set<String> probation = new HashSet<>();
    private Settings settings;

    QuarantineBreaker(Settings settings) {
        this.settings = settings;
    }

    synchronized void configure(Settings newSettings) {
        settings = newSettings;
    }

    synchronized Settings settings() {
        return settings;
    }

    /**
     * Counts a failure of {@code plugin}.
     *
     * @param detail the failure in words, for example "IllegalStateException: boom (greeter:message, handler x)"
     * @return the quarantine reason, when this failure trips the breaker (its count starts afresh)
     */
    synchronized Optional<String> record(String plugin, Failure kind, String detail, Instant now) {
        Deque<Event> events = recent.computeIfAbsent(plugin, p -> new ArrayDeque<>());
        events.addLast(new Event(now, kind));
        Instant oldest = now.minus(settings.window());
        for (Iterator<Event> it = events.iterator(); it.hasNext();) {
            if (it.next().at().isBefore(oldest)) {
                it.remove();
            }
        }
        boolean onProbation = probation.remove(plugin);
        if (!onProbation && events.size() < settings.threshold()) {
            return Optional.empty();
        }
        String reason = onProbation
                ? "quarantined again: it failed while on probation after the cool-down (" + kind.one + ")"
                : "quarantined after " + events.size() + " failures within " + describe(settings.window()) + " ("
                        + counts(events) + ")";
        recent.remove(plugin);
        return Optional.of(reason + "; last: " + detail);
    }

    /** Forgets a plugin's failures (an operator reset it). */
    synchronized void reset(String plugin) {
        recent.remove(plugin);
        probation.remove(plugin);
    }

    /** The probe re-admitted a plugin: its next failure quarantines it again. */
    synchronized void onProbation(String plugin) {
        recent.remove(plugin);
        probation.add(plugin);
    }

    private static String counts(Deque<Event> events) {
        Map<Failure, Integer> byKind = new EnumMap<>(Failure.class);
        for (Event e : events) {
            byKind.merge(e.kind(), 1, Integer::sum);
        }
        return byKind.entrySet().stream()
                .map(e -> e.getValue() + " " + (e.getValue() == 1 ? e.getKey().one : e.getKey().many))
                .collect(Collectors.joining(", "));
    }

    static String describe(Duration window) {
        long seconds = window.toSeconds();
        if (seconds % 60 == 0) {
            long minutes = seconds / 60;
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        return seconds == 1 ? "1 second" : seconds + " seconds";
    }
}
