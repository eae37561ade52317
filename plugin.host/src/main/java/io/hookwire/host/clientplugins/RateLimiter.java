package io.hookwire.host.clientplugins;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perMinute} requests a minute, in bursts of up to that many, refilled
 * evenly. At most {@code maxClients} addresses are tracked (the least recently seen go first, and a full bucket is
 * what a forgotten address gets again), so the memory is bounded whoever calls. Time comes from an injected
 * nanosecond clock, so tests need no sleeps.
 *
 * <p>Thread-safe: one lock, held for a few arithmetic steps.
 */
final class RateLimiter {
    private static final long MINUTE_NANOS = 60_000_000_000L;

    private final int perMinute;
    private final int maxClients;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets;

    private static final class Bucket {
        double tokens;
        long refilled;

        Bucket(double tokens, long refilled) {
            this.tokens = tokens;
            this.refilled = refilled;
        }
    }

    RateLimiter(int perMinute, int maxClients, LongSupplier nanos) {
        if (perMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("perMinute and maxClients must be at least 1");
        }
        this.perMinute = perMinute;
        this.maxClients = maxClients;
        this.nanos = nanos;
        this.buckets = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * Takes one request of {@code client}.
     *
     * @return 0 when it may go on, else how many seconds (at least 1) until it may
     */
    long acquire(String client) {
        String key = client == null ? "" : client;
        long now = nanos.getAsLong();
        synchronized (buckets) {
            Bucket bucket = buckets.get(key);
            if (bucket == null) {
                bucket = new Bucket(perMinute, now);
                buckets.put(key, bucket);
                trim();
            }
            double refill = (now - bucket.refilled) * (double) perMinute / MINUTE_NANOS;
            bucket.tokens = Math.min(perMinute, bucket.tokens + Math.max(0, refill));
            bucket.refilled = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            double missingNanos = (1 - bucket.tokens) * MINUTE_NANOS / perMinute;
            return Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d));
        }
    }

    private void trim() {
        Iterator<String> eldest = buckets.keySet().iterator();
        while (buckets.size() > maxClients && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    int tracked() {
        synchronized (buckets) {
            return buckets.size();
        }
    }
}
