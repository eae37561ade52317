package io.hookwire.webconsole;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the outcome of an action for the page view that follows it. A POST to a console page is answered without
 * the console's frame, so the page answers it with a redirect (POST/redirect/GET: a reload repeats nothing) to
 * {@code ?outcome=<id>}; the GET finds the outcome here. An id is random, shows its outcome only to the user who
 * caused it, and is forgotten after {@link #KEEP} or when {@link #MAX} newer outcomes exist.
 *
 * <p>Thread-safe.
 */
final class Outcomes {
    static final Duration KEEP = Duration.ofMinutes(10);
    static final int MAX = 256;

    private record Entry(String user, Outcome outcome, Instant at) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>(); // oldest first
    private final SecureRandom random;
    private final Clock clock;

    Outcomes(SecureRandom random, Clock clock) {
        this.random = random;
        this.clock = clock;
    }

    /** Keeps an outcome for {@code user}; returns its id. */
    synchronized String put(String user, Outcome outcome) {
        forgetExpired();
        if (entries.size() >= MAX) {
            Iterator<String> oldest = entries.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        entries.put(id, new Entry(user, outcome, clock.instant()));
        return id;
    }

    /** The outcome with this id, if {@code user} caused it and it is still kept. */
    synchronized Optional<Outcome> find(String id, String user) {
        forgetExpired();
        Entry entry = id == null ? null : entries.get(id);
        return entry != null && entry.user().equals(user) ? Optional.of(entry.outcome()) : Optional.empty();
    }

    private void forgetExpired() {
        Instant cutoff = clock.instant().minus(KEEP);
        entries.values().removeIf(e -> e.at().isBefore(cutoff));
    }
}
