package io.hookwire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.hookwire.api.jobs.JobContext;

class RetentionJobTest {
    private static final Instant NOW = Instant.parse("2026-11-27T03:15:00Z");

    private final TestDatabase db;
    private final AuditRepository repository;
    private final RecordingLogger log = new RecordingLogger();

    RetentionJobTest() throws Exception {
        db = new TestDatabase();
        repository = new AuditRepository(db.dataSource());
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void deletesWhatIsOlderThanTheConfiguredDays() throws Exception {
        repository.insert(NOW.minus(Duration.ofDays(31)), "auth:registered", "old", null, null, "{}");
        repository.insert(NOW.minus(Duration.ofDays(29)), "auth:registered", "young", null, null, "{}");
        RetentionJob job = new RetentionJob(TestSettings.defaults().days(30).get(), repository, log.logger,
                Clock.fixed(NOW, ZoneOffset.UTC));

        job.run(new JobContext("enterprise-audit", "retention", NOW, null));

        assertThat(repository.find(EventQuery.firstPage(10)).events()).extracting(AuditEvent::actor)
                .containsExactly("young");
        assertThat(log.lines).singleElement().asString().startsWith("info: Deleted {} audit events").contains("1");

        job.configure(TestSettings.defaults().days(1).get());
        job.run(new JobContext("enterprise-audit", "retention", NOW, NOW));
        assertThat(repository.count()).isZero();
    }
}
