package io.hookwire.host.jobs;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.api.events.HookwireTopics;
import io.hookwire.api.jobs.Job;
import io.hookwire.api.jobs.JobInfo;
import io.hookwire.api.jobs.ScheduledJob;
import io.hookwire.api.plugin.PluginHeaders;

/**
 * The scheduler in the framework: owns the {@link JobEngine} and its threads (a timer, {@code hookwire-jobs-timer},
 * and the workers, {@code hookwire-jobs-N}), schedules the whiteboard {@link Job} services, and reports each failed
 * run: to the log with its stack trace, to EventAdmin ({@value HookwireTopics#JOB_FAILED}) and to every
 * {@link JobFailureListener} (the circuit breaker's feed).
 *
 * <p>Whiteboard jobs are every {@code Job} service (no target filter, so that one without properties is seen and
 * reported, not silently missed), keyed by {@code service.id}. A malformed one is logged as "Ignoring job service N:
 * reason" and skipped; the others run on. A job stops when its service goes (its bundle stopped).
 */
@Component(service = JobsComponent.class, immediate = true, configurationPid = JobsConfiguration.PID)
@Designate(ocd = JobsConfiguration.class)
public final class JobsComponent {
    private final Logger log;
    private final Clock clock = Clock.systemDefaultZone();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> thread(r,
            "hookwire-jobs-timer"));
    private final AtomicInteger threadCount = new AtomicInteger();
    private final ThreadPoolExecutor workers = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), r -> thread(r, "hookwire-jobs-" + threadCount.incrementAndGet()));
    private final JobEngine engine;
    private final Map<Long, ScheduledJob> whiteboard = new ConcurrentHashMap<>();
    private final List<JobFailureListener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    @Activate
    public JobsComponent(JobsConfiguration config, @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        this.engine = new JobEngine(clock, JobTimer.on(timer), workers, this::failed);
        workers.allowCoreThreadTimeOut(true);
        configure(config);
    }

    private static Thread thread(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    @Modified
    void configure(JobsConfiguration config) {
        int threads = config.threads();
        if (threads < 1 || threads > JobsConfiguration.MAX_THREADS) {
            log.warn("Jobs: ignoring threads=" + threads + " (it must be from 1 to " + JobsConfiguration.MAX_THREADS
                    + "); keeping " + workers.getMaximumPoolSize());
            return;
        }
        if (threads >= workers.getMaximumPoolSize()) { // core may never exceed max, in either order
            workers.setMaximumPoolSize(threads);
            workers.setCorePoolSize(threads);
        } else {
            workers.setCorePoolSize(threads);
            workers.setMaximumPoolSize(threads);
        }
    }

    @Deactivate
    void deactivate() {
        engine.close();
        timer.shutdownNow();
        workers.shutdownNow();
    }

    JobEngine engine() {
        return engine;
    }

    /** The time zone cron expressions are read in: the server's. */
    java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** Every job of every plugin, by plugin and name. */
    public List<JobInfo> jobs() {
        return engine.jobs();
    }

    /** A bundle's plugin: its {@code Plugin-Id}, else (a library) its symbolic name. */
    static String pluginOf(Bundle bundle) {
        String id = bundle.getHeaders("").get(PluginHeaders.ID);
        if (id != null && !id.isBlank()) {
            return id.trim();
        }
        return bundle.getSymbolicName() != null ? bundle.getSymbolicName() : "bundle-" + bundle.getBundleId();
    }

    // The whiteboard

    @Reference(service = Job.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeJob", updated = "updatedJob")
    void addJob(ServiceReference<Job> ref, Job job) {
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        String plugin = pluginOf(ref.getBundle());
        try {
            JobProperties props = JobProperties.read(properties(ref), zone());
            whiteboard.put(serviceId, engine.schedule(plugin, props.name(), props.schedule(), job));
            log.info("Job '" + props.name() + "' of plugin '" + plugin + "' scheduled: " + props.schedule().text());
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring job service " + serviceId + " (plugin '" + plugin + "'): " + e.getMessage());
        }
    }

    void updatedJob(ServiceReference<Job> ref, Job job) {
        removeJob(ref);
        addJob(ref, job);
    }

    void removeJob(ServiceReference<Job> ref) {
        ScheduledJob job = whiteboard.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        if (job != null) {
            job.close();
        }
    }

    private static Map<String, Object> properties(ServiceReference<?> ref) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : ref.getPropertyKeys()) {
            properties.put(key, ref.getProperty(key));
        }
        return properties;
    }

    // Failures

    @Reference(service = JobFailureListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeFailureListener")
    void addFailureListener(JobFailureListener listener) {
        listeners.add(listener);
    }

    void removeFailureListener(JobFailureListener listener) {
        listeners.remove(listener);
    }

    private void failed(String plugin, String job, Throwable error) {
        log.error("Job '" + job + "' of plugin '" + plugin + "' failed: " + error, error);
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            Map<String, Object> properties = new HashMap<>();
            properties.put(HookwireTopics.PLUGIN, plugin);
            properties.put(HookwireTopics.JOB, job);
            properties.put(HookwireTopics.ERROR_TYPE, error.getClass().getName());
            properties.put(HookwireTopics.ERROR_MESSAGE, error.getMessage() == null ? "" : error.getMessage());
            properties.put(EventConstants.EXCEPTION, error);
            eventAdmin.postEvent(new Event(HookwireTopics.JOB_FAILED, properties));
        }
        for (JobFailureListener listener : listeners) {
            try {
                listener.failed(plugin, job, error);
            } catch (RuntimeException e) {
                log.warn("A job failure listener failed on job '" + job + "' of plugin '" + plugin + "'", e);
            }
        }
    }
}
