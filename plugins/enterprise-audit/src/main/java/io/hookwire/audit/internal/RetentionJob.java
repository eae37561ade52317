package io.hookwire.audit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobContext;
import io.hookwire.api.jobs.JobCron;
import io.hookwire.api.jobs.JobName;

/** Every day at 03:15 (server time), deletes the events older than {@code retention.days} (the settings). */
@Component(service = Job.class, configurationPid = AuditSettings.PID)
@JobName("retention")
@JobCron("0 15 3 * * ?")
public final class RetentionJob implements Job {
    private final AuditRepository repository;
    private final Logger log;
    private final Clock clock;
    private volatile Duration keep;

    @Activate
    public RetentionJob(AuditSettings settings,
            @Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(settings, new AuditRepository(dataSource), log, Clock.systemUTC());
    }

    RetentionJob(AuditSettings settings, AuditRepository repository, Logger log, Clock clock) {
        this.repository = repository;
        this.log = log;
        this.clock = clock;
        configure(settings);
    }

    @Modified
    void configure(AuditSettings settings) {
        // metatype keeps the value at 1 or more; a hand-made configuration might not
        keep = Duration.ofDays(Math.max(1, settings.retention_days()));
    }

    @Override
    public void run(JobContext context) throws Exception {
        Instant cutoff = clock.instant().minus(keep);
        int deleted = repository.deleteBefore(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} audit events recorded before {} (kept {} days)", deleted, cutoff, keep.toDays());
        }
    }
}
