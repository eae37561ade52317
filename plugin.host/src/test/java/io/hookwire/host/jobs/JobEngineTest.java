package io.hookwire.host.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import io.hookwire.api.jobs.JobContext;
import io.hookwire.api.jobs.JobInfo;
import io.hookwire.api.jobs.ScheduledJob;
import io.hookwire.host.tenants.CurrentTenant;

class JobEngineTest {
    private static final Instant T0 = Instant.parse("2026-01-01T10:00:00Z");

    private final ManualTime time = new ManualTime(T0);
    private final List<String> reported = new ArrayList<>();
    private final JobEngine engine = new JobEngine(time, time, time,
            (plugin, job, error) -> reported.add(plugin + "/" + job + ": " + error.getMessage()));

    private JobInfo info(String plugin, String name) {
        return engine.jobs(plugin).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCronJobRunsAtEachMatchAndKnowsItsNextRun() {
        List<JobContext> runs = new ArrayList<>();
        ScheduledJob job = engine.schedule("notes", "purge", Schedule.cron("0 0/5 * * * ?", ZoneOffset.UTC),
                runs::add);

        assertThat(job.nextRun()).contains(Instant.parse("2026-01-01T10:05:00Z"));
        time.advance(Duration.ofMinutes(4));
        assertThat(time.queued()).isZero();
        time.advance(Duration.ofMinutes(1));
        assertThat(info("notes", "purge").running()).as("handed to the workers").isTrue();
        time.runQueued();

        assertThat(runs).extracting(JobContext::scheduledAt).containsExactly(Instant.parse("2026-01-01T10:05:00Z"));
        assertThat(runs.get(0).previousRunEnded()).isNull();
        assertThat(runs.get(0).plugin()).isEqualTo("notes");
        JobInfo info = info("notes", "purge");
        assertThat(info.runs()).isEqualTo(1);
        assertThat(info.running()).isFalse();
        assertThat(info.nextRun()).isEqualTo(Instant.parse("2026-01-01T10:10:00Z"));
        assertThat(info.schedule()).isEqualTo("0 0/5 * * * ?");

        time.advance(Duration.ofMinutes(5));
        time.runQueued();
        assertThat(runs.get(1).previousRunEnded()).isEqualTo(Instant.parse("2026-01-01T10:05:00Z"));
    }

    @Test
    void aCronRunDueWhileTheLastStillRunsIsSkippedAndCounted() {
        List<Instant> runs = new ArrayList<>();
        engine.schedule("notes", "tick", Schedule.cron("* * * * * ?", ZoneOffset.UTC), c -> runs.add(c.scheduledAt()));

        time.advance(Duration.ofSeconds(1)); // due, handed over, not run yet
        time.advance(Duration.ofSeconds(2)); // two more due times while it has not ended
        assertThat(time.queued()).as("never a second run of the same job").isEqualTo(1);
        assertThat(info("notes", "tick").skipped()).isEqualTo(2);

        time.runQueued();
        time.advance(Duration.ofSeconds(1));
        time.runQueued();
        assertThat(runs).containsExactly(T0.plusSeconds(1), T0.plusSeconds(4));
        assertThat(info("notes", "tick").runs()).isEqualTo(2);
        assertThat(info("notes", "tick").skipped()).isEqualTo(2);
    }

    @Test
    void aClockThatJumpsAheadGivesOneRunNotABurst() {
        List<Instant> runs = new ArrayList<>();
        engine.schedule("notes", "tick", Schedule.cron("0 * * * * ?", ZoneOffset.UTC), c -> runs.add(c.scheduledAt()));
        time.advance(Duration.ofMinutes(1));
        time.runQueued();

        time.jump(Duration.ofHours(3)); // the timer fires once the machine wakes up
        time.runQueued();
        assertThat(runs).hasSize(2);
        assertThat(info("notes", "tick").skipped()).isZero();
        assertThat(info("notes", "tick").nextRun()).isEqualTo(Instant.parse("2026-01-01T13:02:00Z"));
    }

    @Test
    void anIntervalJobRunsAgainTheDelayAfterItsRunEnded() {
        List<Instant> runs = new ArrayList<>();
        engine.schedule("notes", "poll", Schedule.every("PT10S"), c -> runs.add(c.scheduledAt()));

        assertThat(info("notes", "poll").nextRun()).isEqualTo(T0.plusSeconds(10));
        time.advance(Duration.ofSeconds(10));
        assertThat(info("notes", "poll").nextRun()).as("not armed while it runs").isNull();
        time.advance(Duration.ofSeconds(30));
        assertThat(time.queued()).isEqualTo(1);
        assertThat(info("notes", "poll").skipped()).as("an interval job cannot overlap").isZero();

        time.runQueued(); // ends at T0 + 40 s
        assertThat(info("notes", "poll").nextRun()).isEqualTo(T0.plusSeconds(50));
        time.advance(Duration.ofSeconds(10));
        time.runQueued();
        assertThat(runs).containsExactly(T0.plusSeconds(10), T0.plusSeconds(50));
    }

    @Test
    void aFailingRunIsCountedReportedWithItsPluginAndTheJobGoesOn() {
        engine.schedule("notes", "broken", Schedule.every("PT1S"), c -> {
            throw new IllegalStateException("disk full");
        });
        time.advance(Duration.ofSeconds(1));
        time.runQueued();
        time.advance(Duration.ofSeconds(1));
        time.runQueued();

        JobInfo info = info("notes", "broken");
        assertThat(info.runs()).isEqualTo(2);
        assertThat(info.failures()).isEqualTo(2);
        assertThat(info.lastError()).isEqualTo("IllegalStateException: disk full");
        assertThat(reported).containsExactly("notes/broken: disk full", "notes/broken: disk full");
        assertThat(info.nextRun()).isEqualTo(T0.plusSeconds(3));
    }

    @Test
    void aReporterThatThrowsDoesNotStopTheJob() {
        JobEngine fragile = new JobEngine(time, time, time, (p, j, e) -> {
            throw new IllegalStateException("reporter broke");
        });
        fragile.schedule("notes", "broken", Schedule.every("PT1S"), c -> {
            throw new IllegalStateException("job broke");
        });
        time.advance(Duration.ofSeconds(1));
        time.runQueued();
        assertThat(fragile.jobs("notes").get(0).nextRun()).isEqualTo(T0.plusSeconds(2));
    }

    @Test
    void jobsRunWithoutTheTenantOfTheThreadThatRunsThem() {
        AtomicReference<String> seen = new AtomicReference<>("unset");
        engine.schedule("notes", "tenantless", Schedule.every("PT1S"), c -> seen.set(CurrentTenant.get()));
        time.advance(Duration.ofSeconds(1));
        CurrentTenant.runAs("acme", time::runQueued);
        assertThat(seen.get()).isNull();
    }

    @Test
    void closingCancelsTheTimerAndForgetsTheJob() {
        List<Instant> runs = new ArrayList<>();
        ScheduledJob job = engine.schedule("notes", "poll", Schedule.every("PT1S"), c -> runs.add(c.scheduledAt()));
        job.close();
        job.close();

        assertThat(time.waiting()).isZero();
        time.advance(Duration.ofSeconds(5));
        assertThat(time.runQueued()).isZero();
        assertThat(runs).isEmpty();
        assertThat(job.nextRun()).isEmpty();
        assertThat(engine.jobs()).isEmpty();
        assertThat(engine.schedule("notes", "poll", Schedule.every("PT1S"), c -> {}).name()).as("the name is free")
                .isEqualTo("poll");
    }

    @Test
    void closingInterruptsTheRunUnderWayWhichIsNotAFailure() throws Exception {
        List<Thread> threads = new ArrayList<>();
        JobEngine threaded = new JobEngine(time, time, r -> {
            Thread t = new Thread(r, "job-under-test");
            threads.add(t);
            t.start();
        }, (plugin, job, error) -> reported.add(job));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        ScheduledJob job = threaded.schedule("notes", "slow", Schedule.every("PT1S"), c -> {
            started.countDown();
            try {
                new CountDownLatch(1).await();
            } catch (InterruptedException e) {
                interrupted.countDown();
                throw e;
            }
        });
        time.advance(Duration.ofSeconds(1));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        job.close();
        assertThat(interrupted.await(10, TimeUnit.SECONDS)).as("the run was interrupted").isTrue();
        threads.get(0).join(10_000);
        assertThat(threads.get(0).isAlive()).isFalse();
        assertThat(reported).as("a stop is not a failure").isEmpty();
        assertThat(time.waiting()).as("not armed again").isZero();
    }

    @Test
    void closingTheEngineStopsEveryJob() {
        engine.schedule("a", "one", Schedule.every("PT1S"), c -> {});
        engine.schedule("b", "two", Schedule.cron("* * * * * ?", ZoneOffset.UTC), c -> {});
        engine.close();
        time.advance(Duration.ofSeconds(5));
        assertThat(time.queued()).isZero();
        assertThat(engine.jobs()).isEmpty();
    }

    @Test
    void namesAreCheckedAndUniquePerPlugin() {
        engine.schedule("notes", "purge", Schedule.every("PT1S"), c -> {});
        assertThatThrownBy(() -> engine.schedule("notes", "purge", Schedule.every("PT1S"), c -> {}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already has a job named 'purge'");
        assertThat(engine.schedule("other", "purge", Schedule.every("PT1S"), c -> {}).name()).isEqualTo("purge");
        for (String bad : new String[] {"", "has space", "a/b", null, "x".repeat(101)}) {
            assertThatThrownBy(() -> engine.schedule("notes", bad, Schedule.every("PT1S"), c -> {})).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("job name");
        }
        assertThat(engine.jobs()).extracting(JobInfo::plugin).containsExactly("notes", "other");
    }
}
