package io.hookwire.testplugin.capabilities;

import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;

import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobContext;
import io.hookwire.api.jobs.JobInterval;
import io.hookwire.api.jobs.JobName;

/** A whiteboard job every second that counts its runs and tells of each one ({@link Runs#TOPIC}). */
@Component
@JobName("counter")
@JobInterval("PT1S")
public final class CounterJob implements Job {
    static final AtomicLong RUNS = new AtomicLong();

    private final EventAdmin events;

    @Activate
    public CounterJob(@Reference EventAdmin events) {
        this.events = events;
    }

    @Override
    public void run(JobContext context) {
        Runs.ran(events, "counter", RUNS.incrementAndGet());
    }
}
