package io.hookwire.notes.internal;

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
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobContext;
import io.hookwire.api.jobs.JobCron;
import io.hookwire.api.jobs.JobName;
import io.hookwire.hooks.Hooks;

/**
 * Every day at 04:00 (server time), deletes for good the notes that have been in the trash for longer than
 * {@code trash.days} (the settings), with their attachments; {@code notes:purged} fires for each.
 */
@Component(service = Job.class, configurationPid = NotesSettings.PID)
@Designate(ocd = NotesSettings.class)
@JobName("purge-trash")
@JobCron("0 0 4 * * ?")
public final class PurgeTrashJob implements Job {
    private final NotesService notes;
    private final Logger log;
    private final Clock clock;
    private volatile Duration keep;

    @Activate
    public PurgeTrashJob(NotesSettings settings,
            @Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference Drive drive, @Reference Hooks hooks, @Reference(service = LoggerFactory.class) Logger log) {
        this(settings, NotesService.of(dataSource, drive, hooks), log, Clock.systemUTC());
    }

    PurgeTrashJob(NotesSettings settings, NotesService notes, Logger log, Clock clock) {
        this.notes = notes;
        this.log = log;
        this.clock = clock;
        configure(settings);
    }

    @Modified
    void configure(NotesSettings settings) {
        // metatype keeps it at 1 or more; a hand-made configuration might not
        keep = Duration.ofDays(Math.max(1, settings.trash_days()));
    }

    @Override
    public void run(JobContext context) {
        Instant cutoff = clock.instant().minus(keep);
        int purged = notes.purgeTrashedBefore(cutoff);
        if (purged > 0) {
            log.info("Purged {} notes that were in the trash since before {}", purged, cutoff);
        }
    }
}
