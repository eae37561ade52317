package io.hookwire.host.shutdown;

import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.launch.Framework;

/**
 * A JVM shutdown hook that stops the framework and waits for it (at most {@value #WAIT_SECONDS} s), so that SIGTERM
 * and Ctrl-C stop the runtime as {@code stop 0} does: {@code app:shutdown} fires, plugins and components deactivate,
 * the database pool closes. It does nothing when the framework is stopping already (then the framework itself
 * ends the JVM, or a test stops it), and it is removed when the host stops.
 */
final class OrderlyStop {
    /** Longer than any plugin should take to stop, shorter than a service manager waits before SIGKILL (90 s). */
    static final long WAIT_SECONDS = 30;

    private final Bundle systemBundle;
    private final Thread hook = new Thread(this::stopFramework, "hookwire-orderly-stop");

    OrderlyStop(Bundle systemBundle) {
        this.systemBundle = systemBundle;
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    void uninstall() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs, or ran, and finds the framework stopping
        }
    }

    private void stopFramework() {
        if ((systemBundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) == 0) {
            return;
        }
        try {
            systemBundle.stop();
            if (systemBundle instanceof Framework framework) {
                framework.waitForStop(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            }
        } catch (BundleException | InterruptedException | IllegalStateException e) {
            // stopping already, or too slow: the JVM ends anyway
        }
    }
}
