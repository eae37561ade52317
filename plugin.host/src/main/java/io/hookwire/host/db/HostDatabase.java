package io.hookwire.host.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Properties;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hookwire.hooks.Hooks;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.StaleLocks;
import io.hookwire.host.runtime.HostSettings;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The host's database: one connection pool, registered as the {@code javax.sql.DataSource} service with {@value
 * #PROPERTY}={@value #MAIN} (consumers target {@code (hookwire.datasource=main)}) once the host's tables are up to
 * date, and closed when this component stops.
 *
 * <p>It waits for the DataSourceFactory of the URL's driver (H2's and PostgreSQL's bundles register one), then does
 * everything else on the Liquibase thread, never on SCR's activation thread: open the pool, release a stale
 * Liquibase lock, update the host's schema ({@link HostSchema}, which skips Liquibase when nothing changed), and
 * register the service. Components that need the database simply wait for the service; the rest of the runtime
 * starts meanwhile.
 *
 * <p>What is registered is the pool wrapped in a {@link HookedDataSource}: every statement run through the service
 * fires {@code db:query}. The host's own schema update runs on the bare pool, before the service exists.
 */
@Component(immediate = true)
// registered by hand, not by DS: say so, for the resolver (LiquibasePluginMigrations and others require it)
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=javax.sql.DataSource",
        uses = DataSource.class)
public final class HostDatabase {
    public static final String PROPERTY = "hookwire.datasource";
    public static final String MAIN = "main";

    private final BundleContext context;
    private final LiquibaseRunner runner;
    private final Logger log;
    private final HostSettings settings;
    private final Hooks hooks;
    private final String url;
    private final ServiceTracker<DataSourceFactory, DataSourceFactory> factories;

    private Future<?> boot;
    private DataSourceFactory inUse;
    private HikariDataSource pool;
    private ServiceRegistration<DataSource> registration;
    private boolean closed;

    @Activate
    public HostDatabase(BundleContext context, @Reference LiquibaseRunner runner,
            @Reference(service = LoggerFactory.class) Logger log, @Reference Hooks hooks) throws Exception {
        this.context = context;
        this.hooks = hooks;
        this.runner = runner;
        this.log = log;
        this.settings = new HostSettings(context::getProperty, System.getenv());
        this.url = settings.dbUrl();
        String driver = DatabaseUrls.driverClass(url);
        factories = new ServiceTracker<>(context, context.createFilter("(&(objectClass="
                + DataSourceFactory.class.getName() + ")(" + DataSourceFactory.OSGI_JDBC_DRIVER_CLASS + "=" + driver
                + "))"), null) {
            @Override
            public DataSourceFactory addingService(ServiceReference<DataSourceFactory> reference) {
                DataSourceFactory factory = super.addingService(reference);
                start(factory);
                return factory;
            }

            @Override
            public void removedService(ServiceReference<DataSourceFactory> reference, DataSourceFactory factory) {
                replace(factory);
                super.removedService(reference, factory);
            }
        };
        factories.open();
    }

    private synchronized void start(DataSourceFactory factory) {
        if (boot == null && !closed) {
            inUse = factory;
            boot = runner.submit(() -> {
                boot(factory);
                return null;
            });
        }
    }

    /**
     * The driver's bundle went away (stopped, updated, refreshed): its pool is no use any more. Withdraw the service
     * and close the pool, then start again on another factory of the same driver, if there is one.
     */
    private void replace(DataSourceFactory gone) {
        synchronized (this) {
            if (gone != inUse) {
                return;
            }
        }
        if (context.getBundle(0).getState() != Bundle.STOPPING) { // else the runtime is shutting down: all is well
            log.warn("Database: the " + DatabaseUrls.driverClass(url) + " driver went away; the DataSource service"
                    + " is withdrawn until it is back");
        }
        tearDown();
        DataSourceFactory next = factories.getService();
        if (next != null) {
            start(next);
        }
    }

    private synchronized boolean current(DataSourceFactory factory) {
        return !closed && inUse == factory;
    }

    private void boot(DataSourceFactory factory) {
        long start = System.nanoTime();
        String where = DatabaseUrls.location(url);
        if (!current(factory)) {
            return;
        }
        try {
            HikariDataSource opened = open(factory);
            synchronized (this) {
                if (!current(factory)) {
                    opened.close();
                    return;
                }
                pool = opened;
            }
            String product;
            try (Connection connection = opened.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
                String released = StaleLocks.releaseIfStale(connection, HostSchema.TABLE_PREFIX + "changelog_lock",
                        StaleLocks.Policy.of(url, Duration.ofMinutes(settings.dbStaleLockMinutes())));
                if (released != null) {
                    log.warn("Database: " + released);
                }
            }
            String schema = HostSchema.update(opened, FrameworkUtil.getBundle(HostSchema.class), runner);
            synchronized (this) {
                if (!current(factory)) {
                    return; // tearDown closes the pool
                }
                Dictionary<String, Object> properties = new Hashtable<>();
                properties.put(PROPERTY, MAIN);
                registration = context.registerService(DataSource.class, new HookedDataSource(opened, hooks),
                        properties);
            }
            log.info("Database: " + product + " at " + where + " (pool of " + settings.dbPoolSize() + "); host"
                    + " schema " + schema + "; ready in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        } catch (Exception e) {
            log.error("Database: cannot open " + where + " (" + HostSettings.DB_URL + "): " + e.getMessage()
                    + ". Components that need the database will not start.", e);
        }
    }

    private HikariDataSource open(DataSourceFactory factory) throws Exception {
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        if (settings.dbUser() != null) {
            properties.setProperty(DataSourceFactory.JDBC_USER, settings.dbUser());
        }
        if (settings.dbPassword() != null) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.dbPassword());
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("hookwire");
        config.setDataSource(factory.createDataSource(properties));
        config.setMaximumPoolSize(settings.dbPoolSize());
        // fewer idle connections than the maximum: opening all of them at start costs time nobody waits for
        config.setMinimumIdle(Math.min(2, settings.dbPoolSize()));
        return new HikariDataSource(config);
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            closed = true;
        }
        factories.close();
        tearDown();
    }

    /** Waits for a start in progress, then withdraws the service and closes the pool. */
    private void tearDown() {
        Future<?> starting;
        synchronized (this) {
            starting = boot;
        }
        if (starting != null) {
            try {
                starting.get(60, TimeUnit.SECONDS); // a schema update in progress finishes first
            } catch (Exception e) {
                // failed (and logged), or too slow: the pool is closed below anyway
            }
        }
        synchronized (this) {
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
            if (pool != null) {
                pool.close();
                pool = null;
            }
            boot = null;
            inUse = null;
        }
    }
}
