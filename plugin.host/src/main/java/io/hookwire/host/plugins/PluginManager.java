package io.hookwire.host.plugins;

import java.io.File;
import java.time.Clock;
import java.time.Duration;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.tracker.BundleTracker;

import io.hookwire.api.events.HookwireTopics;
import io.hookwire.hooks.core.AuditRecord;
import io.hookwire.hooks.gate.DispatchGate;
import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.audit.AuditTrail;
import io.hookwire.host.migrations.MigrationException;
import io.hookwire.host.migrations.PluginMigrations;
import io.hookwire.host.pipeline.RequestIds;
import io.hookwire.host.runtime.HostSettings;

/**
 * The plugin manager: tracks the plugin bundles, runs {@link Lifecycle} on one worker thread (so that starts, stops,
 * migrations and operator actions never race), and serves {@link PluginAdmin}. Every few seconds it looks at every
 * plugin again, which catches components that became satisfied or failed later.
 */
@Component(service = {PluginAdmin.class, PluginControl.class, PluginRoster.class}, immediate = true,
        configurationPid = PluginsConfiguration.PID)
@Designate(ocd = PluginsConfiguration.class)
public final class PluginManager implements PluginAdmin, PluginControl, PluginRoster {
    private static final long TICK_SECONDS = 2;
    private static final long CALL_TIMEOUT_SECONDS = 120;

    private final Logger log;
    private volatile Thread workerThread;
    /**
     * Fires {@code audit:record} for the plugin manager's audit entries, in order, on a thread of its own: handlers
     * are plugins' code, and the worker must neither wait for them nor be called back by them.
     */
    private final ExecutorService announcer = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "hookwire-plugins-audit");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hookwire-plugins");
        thread.setDaemon(true);
        workerThread = thread;
        return thread;
    });
    private final QuarantineBreaker breaker;
    private final Lifecycle lifecycle;
    private final Operations operations;
    private final DeployFolder deployFolder;
    private final BundleTracker<Bundle> tracker;
    private final TenantAccess tenantAccess;
    private final ServiceRegistration<DispatchGate> gate;
    private volatile PluginsConfiguration config;
    /** Told of every recorded change ({@link HookwireTopics#PLUGIN_CHANGED}): the shells' event stream listens. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;
    private final BundleContext context;
    /** The plugin bundles that someone else than the host stopped (see Lifecycle#stoppedOutside). */
    private final Set<Long> stoppedOutside = ConcurrentHashMap.newKeySet();
    /** Plugins wait for the framework to reach their start level (at boot): they start as soon as it has. */
    private final FrameworkListener startLevels = this::frameworkEvent;

    @Activate
    public PluginManager(BundleContext context, PluginsConfiguration config,
            @Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference PluginMigrations migrations, @Reference ServiceComponentRuntime scr, @Reference AuditTrail audit,
            @Reference(service = LoggerFactory.class) Logger log) throws Exception {
        this.log = log;
        this.context = context;
        this.config = config;
        this.breaker = new QuarantineBreaker(breakerSettings(config));
        PluginStore store = new PluginStore(dataSource);
        boolean killSwitch = new HostSettings(context::getProperty, System.getenv()).pluginsDisabled();
        // the dispatch gate of the hook registry: registered by hand, because its property (the restricted plugins)
        // changes with the plugins' enablement
        this.gate = context.registerService(DispatchGate.class, plugin -> tenantAccess().admits(plugin),
                gateProperties(Set.of()));
        this.tenantAccess = new TenantAccess(restricted -> gate.setProperties(gateProperties(restricted)));
        this.lifecycle = new Lifecycle(context, store, migrations, breaker, () -> scr, Clock.systemUTC(), log,
                killSwitch, tenantAccess, stoppedOutside, entry -> announce(audit, entry), this::post);
        lifecycle.enableNewPlugins(config.enable_new_plugins());
        this.operations = new Operations(lifecycle, store, migrations, breaker);
        this.deployFolder = new DeployFolder(context, lifecycle, store, log);
        call(() -> {
            lifecycle.load();
            return null;
        });
        this.tracker = new BundleTracker<>(context, Bundle.INSTALLED | Bundle.RESOLVED | Bundle.STARTING
                | Bundle.ACTIVE | Bundle.STOPPING, null) {
            @Override
            public Bundle addingBundle(Bundle bundle, BundleEvent event) {
                later(() -> lifecycle.seen(bundle));
                return bundle;
            }

            @Override
            public void modifiedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                // marked here, synchronously, before the stop goes on: no check of the worker restarts it meanwhile
                if (event != null && event.getType() == BundleEvent.STOPPING && outside()) {
                    stoppedOutside.add(bundle.getBundleId());
                } else if (event != null && event.getType() == BundleEvent.STOPPED
                        && stoppedOutside.contains(bundle.getBundleId())) {
                    later(() -> lifecycle.stoppedOutside(bundle));
                } else if (event != null && event.getType() == BundleEvent.STARTING && outside()
                        && stoppedOutside.remove(bundle.getBundleId())) {
                    later(() -> lifecycle.startedOutside(bundle));
                }
                later(() -> lifecycle.seen(bundle));
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, Bundle object) {
                if (bundle.getState() == Bundle.UNINSTALLED) {
                    later(() -> lifecycle.gone(bundle));
                }
            }
        };
        tracker.open();
        context.addFrameworkListener(startLevels);
        worker.scheduleWithFixedDelay(this::tick, TICK_SECONDS, TICK_SECONDS, TimeUnit.SECONDS);
    }

    /**
     * Whether a bundle event on this thread is someone else's doing: the host starts and stops plugins on its worker
     * thread, and refreshes after its own updates; the framework stops everything when it shuts down.
     */
    private boolean outside() {
        return Thread.currentThread() != workerThread && !deployFolder.refreshing()
                && context.getBundle(0).getState() == Bundle.ACTIVE;
    }

    private void frameworkEvent(FrameworkEvent event) {
        if (event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            later(lifecycle::reconcileAll);
        }
    }

    /** Posts (asynchronously) a change the lifecycle recorded. */
    private void post(String plugin, String state, String change) {
        EventAdmin eventAdmin = events;
        if (eventAdmin != null) {
            Map<String, Object> properties = new HashMap<>();
            if (plugin != null) {
                properties.put(HookwireTopics.PLUGIN, plugin);
            }
            properties.put(HookwireTopics.STATE, state);
            properties.put(HookwireTopics.CHANGE, change);
            eventAdmin.postEvent(new Event(HookwireTopics.PLUGIN_CHANGED, properties));
        }
    }

    private void announce(AuditTrail audit, AuditRecord entry) {
        try {
            announcer.execute(() -> audit.announce(entry));
        } catch (RejectedExecutionException e) {
            // stopping: the entry is written, nobody is left to tell
        }
    }

    @Modified
    void modified(PluginsConfiguration newConfig) {
        config = newConfig;
        breaker.configure(breakerSettings(newConfig));
        later(() -> lifecycle.enableNewPlugins(newConfig.enable_new_plugins()));
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(startLevels);
        tracker.close();
        worker.shutdownNow();
        announcer.shutdown();
        gate.unregister();
    }

    private TenantAccess tenantAccess() {
        return tenantAccess;
    }

    private static Dictionary<String, Object> gateProperties(Set<String> restricted) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(DispatchGate.RESTRICTED, restricted.toArray(String[]::new));
        return properties;
    }

    private static QuarantineBreaker.Settings breakerSettings(PluginsConfiguration c) {
        return new QuarantineBreaker.Settings(c.quarantine_failures(),
                Duration.ofSeconds(c.quarantine_window_seconds()));
    }

    private void tick() {
        try {
            lifecycle.reconcileAll();
            PluginsConfiguration c = config;
            if (c.probe_enabled()) {
                operations.probe(Duration.ofSeconds(c.probe_cooldown_seconds()));
            }
        } catch (Exception e) {
            log.warn("The plugin manager's check failed; it tries again in " + TICK_SECONDS + " s", e);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** Runs on the worker, without waiting. */
    private void later(Work work) {
        worker.execute(() -> {
            try {
                work.run();
            } catch (Exception e) {
                log.warn("The plugin manager failed a task; the next check tries again", e);
            }
        });
    }

    /** Runs on the worker and waits (bounded) for the result; AdminExceptions pass through. */
    private <T> T call(Callable<T> work) {
        try {
            return worker.submit(RequestIds.carrying(work)).get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AdminException admin) {
                throw admin;
            }
            if (e.getCause() instanceof MigrationException m) {
                throw new AdminException(m.kind() == MigrationException.Kind.REFUSED ? "migration_refused"
                        : "migration_failed", m.getMessage());
            }
            throw new AdminException("internal", "the plugin manager failed: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            throw new AdminException("unavailable", "the plugin manager is busy; try again");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException("unavailable", "interrupted");
        }
    }

    // PluginControl

    @Override
    public void installed(File file) {
        call(() -> {
            deployFolder.install(file);
            return null;
        });
    }

    @Override
    public void updated(File file) {
        call(() -> {
            deployFolder.update(file);
            return null;
        });
    }

    @Override
    public void removed(File file) {
        call(() -> {
            deployFolder.remove(file);
            return null;
        });
    }

    @Override
    public void failed(String pluginId, QuarantineBreaker.Failure kind, String detail) {
        later(() -> lifecycle.failed(pluginId, kind, detail));
    }

    @Override
    public boolean servesCurrentTenant(String pluginId) {
        return tenantAccess.admits(pluginId);
    }

    @Override
    public Snapshot roster() {
        return lifecycle.snapshot();
    }

    // PluginAdmin

    @Override
    public List<PluginView> plugins() {
        return call(lifecycle::views);
    }

    @Override
    public Optional<PluginView> plugin(String id) {
        return call(() -> lifecycle.find(id).map(ManagedPlugin::view));
    }

    @Override
    public List<DeployProblem> problems() {
        return call(lifecycle::problems);
    }

    @Override
    public PluginView enable(String id, Set<String> tenants, String actor) {
        return call(() -> operations.enable(id, tenants, actor));
    }

    @Override
    public PluginView disable(String id, Set<String> tenants, String actor) {
        return call(() -> operations.disable(id, tenants, actor));
    }

    @Override
    public PluginView reset(String id, String actor) {
        return call(() -> operations.reset(id, actor));
    }

    @Override
    public List<String> purge(String id, String confirmation, String actor) {
        return call(() -> operations.purge(id, confirmation, actor));
    }

    @Override
    public String dryRunMigrations(String id) {
        return call(() -> operations.dryRun(id));
    }

    @Override
    public boolean safeMode() {
        return call(lifecycle::safeMode);
    }

    @Override
    public void safeMode(boolean on, String actor) {
        call(() -> {
            operations.safeMode(on, actor);
            return null;
        });
    }

    @Override
    public boolean killSwitch() {
        return lifecycle.killSwitch();
    }

    @Override
    public List<AuditEntry> audit(int limit) {
        return call(() -> lifecycle.audit(limit));
    }
}
