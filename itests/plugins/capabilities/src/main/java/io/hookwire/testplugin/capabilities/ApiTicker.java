package io.hookwire.testplugin.capabilities;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import io.hookwire.api.jobs.ScheduledJob;
import io.hookwire.api.jobs.Scheduler;

/** A job scheduled through the {@link Scheduler} service rather than the whiteboard: every second, counted. */
@Component(immediate = true)
public final class ApiTicker {
    static final AtomicLong RUNS = new AtomicLong();

    private final ScheduledJob job;

    @Activate
    public ApiTicker(@Reference Scheduler scheduler, @Reference EventAdmin events) {
        this.job = scheduler.every("api-ticker", Duration.ofSeconds(1),
                context -> Runs.ran(events, "api-ticker", RUNS.incrementAndGet()));
    }

    @Deactivate
    void deactivate() {
        job.close();
    }
}
