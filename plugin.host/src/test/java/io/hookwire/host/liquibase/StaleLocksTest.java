package io.hookwire.host.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** Whose Liquibase lock may be taken away: never one that a live migration elsewhere may hold. */
class StaleLocksTest {
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 27, 12, 0);
    private final StaleLocks.Policy shared = new StaleLocks.Policy(false, Duration.ofMinutes(10), "node-a", 100,
            pid -> pid == 200);

    @Test
    void anEmbeddedDatabaseHasNoOtherHolder() {
        StaleLocks.Policy embedded = StaleLocks.Policy.of("jdbc:h2:file:/x/db;WRITE_DELAY=0", Duration.ofMinutes(10));
        assertThat(embedded.staleReason("elsewhere (1.2.3.4)", NOW, NOW)).contains("embedded");
        assertThat(StaleLocks.isEmbedded("jdbc:h2:tcp://db/x")).isFalse();
        assertThat(StaleLocks.isEmbedded("jdbc:h2:file:/x;AUTO_SERVER=TRUE")).isFalse();
        assertThat(StaleLocks.isEmbedded("jdbc:postgresql://db/x")).isFalse();
    }

    @Test
    void aLockOfADeadProcessOnThisHostIsStaleAtOnce() {
        assertThat(shared.staleReason("node-a#hookwire:node-a:300 (10.0.0.1)", NOW, NOW)).contains("process 300");
        assertThat(shared.staleReason("node-a#hookwire:node-a:100 (10.0.0.1)", NOW, NOW)).contains("this process");
    }

    @Test
    void aRecentLockOfALiveProcessOrOfAnotherNodeIsKept() {
        assertThat(shared.staleReason("node-a#hookwire:node-a:200 (10.0.0.1)", NOW.minusMinutes(9), NOW)).isNull();
        assertThat(shared.staleReason("node-b#hookwire:node-b:300 (10.0.0.2)", NOW.minusMinutes(9), NOW)).isNull();
        assertThat(shared.staleReason("someone (10.0.0.3)", NOW.minusMinutes(9), NOW)).isNull();
    }

    @Test
    void anyLockOlderThanTheLimitIsStale() {
        assertThat(shared.staleReason("node-b#hookwire:node-b:300 (10.0.0.2)", NOW.minusMinutes(11), NOW))
                .contains("older than 10 minutes");
    }
}
