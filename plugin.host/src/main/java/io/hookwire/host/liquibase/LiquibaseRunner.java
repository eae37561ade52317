package io.hookwire.host.liquibase;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import liquibase.Scope;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.ui.LoggerUIService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The one thread on which the host runs Liquibase, for its own schema and for every plugin's changelog.
 *
 * <p>Why one thread: Liquibase keeps its scope (service locator, change and SQL generator factories, configuration)
 * per thread, and building it the first time costs seconds, mostly loading its services. One long-lived thread pays
 * that once per runtime, keeps it off the threads other components wait on (SCR's activation thread, HTTP threads),
 * and runs one migration at a time, as {@code PluginMigrations} promises. The thread's context class loader is
 * Liquibase's own bundle class loader, where Liquibase finds its services inside OSGi (see STACK.md, trap 8).
 *
 * <p>Every task runs in a Liquibase scope with analytics off (Liquibase would otherwise ask a server of its own
 * whether to send usage data) and with Liquibase's console output and update summary sent to its log instead of
 * standard output.
 */
@Component(service = LiquibaseRunner.class)
public final class LiquibaseRunner {
    /** Liquibase writes this, after its host name, into the lock's LOCKEDBY (see {@link StaleLocks}). */
    static final String HOST_DESCRIPTION = "liquibase.hostDescription";
    private static final String SHOW_SUMMARY_OUTPUT = "liquibase.command.showSummaryOutput";

    private final Logger log;
    private final ExecutorService thread;
    private volatile Thread runnerThread;
    /** How long building Liquibase's scope took on the thread, or -1 before it was built. */
    private volatile long startupMillis = -1;

    /** Without a log, for tests. */
    public LiquibaseRunner() {
        this(null);
    }

    @Activate
    public LiquibaseRunner(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        // read once by Liquibase's lock statement generator: lets StaleLocks tell whose lock it is
        if (System.getProperty(HOST_DESCRIPTION) == null) {
            System.setProperty(HOST_DESCRIPTION, StaleLocks.marker(localHostName(), ProcessHandle.current().pid()));
        }
        thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "hookwire-liquibase");
            t.setDaemon(true);
            t.setContextClassLoader(Scope.class.getClassLoader());
            runnerThread = t;
            return t;
        });
    }

    @Deactivate
    public void close() {
        thread.shutdown();
        try {
            if (!thread.awaitTermination(60, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs a task on the Liquibase thread, later, outside a Liquibase scope: a task that may not need Liquibase at all
     * (a start whose schema is up to date) does not pay for it. Its Liquibase work goes through {@link #call}.
     */
    public <T> Future<T> submit(Callable<T> task) {
        return thread.submit(task);
    }

    /**
     * Runs a task in a Liquibase scope on the Liquibase thread, and waits for it; runs it at once when called from
     * that thread. Whatever the task throws is thrown again, unwrapped.
     */
    public <T> T call(Callable<T> task) throws Exception {
        if (Thread.currentThread() == runnerThread) {
            return inScope(task);
        }
        try {
            return thread.submit(() -> inScope(task)).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** How long Liquibase took to start on its thread (its scope and services), or -1 if it has not started. */
    public long startupMillis() {
        return startupMillis;
    }

    private <T> T inScope(Callable<T> task) throws Exception {
        if (startupMillis < 0) {
            long start = System.nanoTime();
            Scope.getCurrentScope(); // builds the thread's root scope: Liquibase's start-up, paid once
            startupMillis = (System.nanoTime() - start) / 1_000_000;
            if (log != null) {
                log.info("Liquibase scope ready in " + startupMillis + " ms (once per runtime, on " + runnerThread.getName()
                        + ")");
            }
        }
        return Scope.child(Map.of(AnalyticsArgs.ENABLED.getKey(), false,
                SHOW_SUMMARY_OUTPUT, "LOG", // not its update summary on standard output
                Scope.Attr.ui.name(), new LoggerUIService()), task::call);
    }

    static String localHostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
