package io.hookwire.host.clientplugins;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.hookwire.host.admin.ClientError;
import io.hookwire.host.admin.ClientFailureStats;
import io.hookwire.host.admin.ClientTelemetry;

/**
 * The {@link ClientTelemetry}: the browser failures in memory, at most {@value #MAX_RECORDS} records (plugin × hook ×
 * kind); when a new one would exceed that, the record that failed least recently goes. Every text is cut to its
 * bound ({@link ClientFailure}), so the memory stays bounded whatever the browsers send.
 *
 * <p>Thread-safe: one lock around a small map; recording is rare (rate-limited per client) and reading is for
 * operators. As {@link ClientTelemetry} says, nothing here feeds the quarantine breaker.
 */
@Component(service = {ClientTelemetry.class, ClientTelemetryStore.class})
public final class ClientTelemetryStore implements ClientTelemetry {
    static final int MAX_RECORDS = 500;
    private static final Comparator<ClientFailureStats> ORDER = Comparator.comparing(ClientFailureStats::plugin)
            .thenComparing(ClientFailureStats::hook).thenComparing(ClientFailureStats::kind);

    private record Key(String plugin, String hook, String kind) {}

    private final int maxRecords;
    private final Clock clock;
    /** In access order: the eldest is the record that failed least recently. */
    private final Map<Key, ClientFailureStats> records;

    @Activate
    public ClientTelemetryStore() {
        this(MAX_RECORDS, Clock.systemUTC());
    }

    ClientTelemetryStore(int maxRecords, Clock clock) {
        this.maxRecords = maxRecords;
        this.clock = clock;
        this.records = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, ClientFailureStats> eldest) {
                return size() > ClientTelemetryStore.this.maxRecords;
            }
        };
    }

    /** Counts a failure that was already validated. */
    void record(ClientFailure f) {
        Key key = new Key(f.plugin(), f.hook(), f.kind());
        ClientError error = new ClientError(clock.instant(), f.message(), f.stack(), f.page(), f.timedOut());
        synchronized (records) {
            ClientFailureStats before = records.get(key);
            long failures = before == null ? 0 : before.failures();
            long timeouts = before == null ? 0 : before.timeouts();
            records.put(key, new ClientFailureStats(f.plugin(), f.hook(), f.kind(),
                    f.timedOut() ? failures : failures + 1, f.timedOut() ? timeouts + 1 : timeouts, error));
        }
    }

    @Override
    public List<ClientFailureStats> all() {
        List<ClientFailureStats> all;
        synchronized (records) {
            all = new ArrayList<>(records.values());
        }
        all.sort(ORDER);
        return all;
    }

    @Override
    public List<ClientFailureStats> forPlugin(String plugin) {
        return all().stream().filter(s -> s.plugin().equals(plugin)).toList();
    }
}
