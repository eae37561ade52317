package io.hookwire.host.shutdown;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.AppInfo;
import io.hookwire.hooks.core.CoreHooks;

/**
 * Fires {@code app:shutdown} once when the runtime stops in an orderly way (SIGTERM or Ctrl-C, {@code stop 0} in the
 * shell, anything that stops the system bundle), while every plugin is still active.
 *
 * <p>Why the system bundle's {@code STOPPING} event: the framework sends it, to synchronous listeners, on the
 * stopping thread, before it lowers the start level and so before it stops any bundle. The host's own deactivation
 * would come too late: plugins have a higher start level than the host and stop first. A stop of the host bundle
 * alone (an update, a refresh) is not a shutdown and fires nothing; nor does a {@code kill -9}. The handlers run on
 * the framework's stopping thread, one after another, each within its time budget.
 *
 * <p>SIGTERM and Ctrl-C end the JVM, and the bnd launcher that starts the runtime does not stop the framework then:
 * its bundles would simply vanish. So this component also adds a JVM shutdown hook ({@link OrderlyStop}) that stops
 * the framework and waits for it, bounded, as {@code stop 0} would.
 */
@Component(immediate = true)
public final class ShutdownAnnouncer implements SynchronousBundleListener {
    /** The reason of {@link AppInfo} when the framework stops. */
    public static final String FRAMEWORK_STOPPING = "framework stopping";

    private final BundleContext context;
    private final Hooks hooks;
    private final Logger log;
    private final AtomicBoolean announced = new AtomicBoolean();
    private final OrderlyStop orderlyStop;

    @Activate
    public ShutdownAnnouncer(BundleContext context, @Reference Hooks hooks,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.hooks = hooks;
        this.log = log;
        this.orderlyStop = new OrderlyStop(context.getBundle(0));
        context.addBundleListener(this);
        orderlyStop.install();
    }

    @Deactivate
    void deactivate() {
        orderlyStop.uninstall();
        context.removeBundleListener(this);
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getType() == BundleEvent.STOPPING && event.getBundle().getBundleId() == 0) {
            announce(FRAMEWORK_STOPPING);
        }
    }

    /** Fires {@code app:shutdown}, the first time only. */
    void announce(String reason) {
        if (!announced.compareAndSet(false, true)) {
            return;
        }
        AppInfo app = new AppInfo(context.getBundle().getVersion().toString(),
                Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), reason);
        long start = System.nanoTime();
        hooks.dispatch(CoreHooks.APP_SHUTDOWN, app);
        log.info("Shutdown: app:shutdown fired (" + reason + ") to " + hooks.handlers(CoreHooks.APP_SHUTDOWN).size()
                + " handler(s) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
    }
}
