package io.hookwire.host.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobInfo;
import io.hookwire.api.jobs.ScheduledJob;
import io.hookwire.api.jobs.Scheduler;

/**
 * The {@link Scheduler} service, one instance per using bundle: its jobs belong to that bundle's plugin, and all of
 * them stop when the bundle lets the service go (it stops, or is updated). Thread-safe.
 */
@Component(service = Scheduler.class, scope = ServiceScope.BUNDLE)
public final class BundleScheduler implements Scheduler {
    private final JobsComponent jobs;
    private final String plugin;
    private final Set<Owned> owned = ConcurrentHashMap.newKeySet();

    @Activate
    public BundleScheduler(@Reference JobsComponent jobs, ComponentContext context) {
        this.jobs = jobs;
        this.plugin = JobsComponent.pluginOf(context.getUsingBundle());
    }

    @Deactivate
    void deactivate() {
        for (Owned job : List.copyOf(owned)) {
            job.close();
        }
    }

    @Override
    public ScheduledJob cron(String name, String expression, Job job) {
        return own(jobs.engine().schedule(plugin, name, Schedule.cron(expression, jobs.zone()), job));
    }

    @Override
    public ScheduledJob every(String name, Duration delay, Job job) {
        return own(jobs.engine().schedule(plugin, name, Schedule.every(delay), job));
    }

    @Override
    public List<JobInfo> jobs() {
        return jobs.engine().jobs(plugin);
    }

    private ScheduledJob own(ScheduledJob job) {
        Owned handle = new Owned(job);
        owned.add(handle);
        return handle;
    }

    /** The plugin's handle: closing it also forgets it here. */
    private final class Owned implements ScheduledJob {
        private final ScheduledJob job;

        Owned(ScheduledJob job) {
            this.job = job;
        }

        @Override
        public String name() {
            return job.name();
        }

        @Override
        public Optional<Instant> nextRun() {
            return job.nextRun();
        }

        @Override
        public void close() {
            owned.remove(this);
            job.close();
        }
    }
}
