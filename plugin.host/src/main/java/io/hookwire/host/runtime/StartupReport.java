package io.hookwire.host.runtime;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Says, once the framework has started, whether Hookwire is up: where it serves HTTP, how long the start took,
 * and which bundles did not start. When HTTP could not start (the port is taken, say), a
 * server that cannot serve is no use: it says why and stops with exit status 1, so that a script or a service
 * manager sees the failure.
 */
@Component(immediate = true)
public final class StartupReport implements FrameworkListener {
    /** Felix HTTP registers this service (javax flavour) once Jetty listens; its endpoint property has the URLs. */
    private static final String HTTP_RUNTIME = "(objectClass=org.osgi.service.http.runtime.HttpServiceRuntime)";
    private static final String ENDPOINT = "osgi.http.endpoint";
    /** Set to {@code false} to keep running without HTTP. */
    static final String EXIT_ON_FAILURE = "hookwire.exit.on.startup.failure";

    private final BundleContext context;
    private final Logger log;
    private final AtomicBoolean reported = new AtomicBoolean();

    @Activate
    public StartupReport(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.log = log;
        context.addFrameworkListener(this); // reports once, when the framework has started
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(this);
    }

    /**
     * The start is over when the framework has reached its beginning start level: the bnd launcher raises the level
     * after installing the bundles, so that shows as STARTLEVEL_CHANGED rather than STARTED.
     */
    @Override
    public void frameworkEvent(FrameworkEvent event) {
        int type = event.getType();
        if ((type == FrameworkEvent.STARTED || type == FrameworkEvent.STARTLEVEL_CHANGED) && reachedBeginningLevel()
                && reported.compareAndSet(false, true)) {
            report();
        }
    }

    private boolean reachedBeginningLevel() {
        String beginning = context.getProperty(Constants.FRAMEWORK_BEGINNING_STARTLEVEL);
        int target = beginning == null ? 1 : Integer.parseInt(beginning.trim());
        return context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel() >= target;
    }

    private void report() {
        List<String> endpoints = endpoints();
        List<String> notStarted = notStarted();
        if (!notStarted.isEmpty()) {
            log.warn("Bundles that did not start (see the errors above): " + String.join(", ", notStarted));
        }
        if (endpoints.isEmpty()) {
            failHttp();
            return;
        }
        long millis = ManagementFactory.getRuntimeMXBean().getUptime();
        // no count of plugins here: the host starts them right after this point (and the deploy folder's later);
        // it logs each one as it becomes active
        log.info(String.format("Hookwire %s started in %.1f s: %s", context.getBundle().getVersion(),
                millis / 1000.0, String.join(" ", endpoints)));
    }

    private void failHttp() {
        String host = context.getProperty(Bootstrap.HTTP_HOST);
        String port = context.getProperty(Bootstrap.HTTP_PORT);
        String why = portTaken(host, port)
                ? "port " + port + " on " + host + " is already in use by another process"
                : "see the error above";
        log.error("Hookwire cannot serve HTTP on " + host + ":" + port + ": " + why + ". Choose another port with"
                + " -D" + HostSettings.HTTP_PORT + "=... or " + HostSettings.environmentName(HostSettings.HTTP_PORT)
                + "=...");
        if (!"false".equalsIgnoreCase(context.getProperty(EXIT_ON_FAILURE))) {
            log.error("Stopping (exit status 1). Set " + EXIT_ON_FAILURE + "=false to keep running without HTTP.");
            // not on the framework's event thread: exiting runs the launcher's shutdown hook, which stops the
            // framework and waits for it
            new Thread(() -> System.exit(1), "hookwire-startup-failure").start();
        }
    }

    static boolean portTaken(String host, String port) {
        try (ServerSocket probe = new ServerSocket(Integer.parseInt(port), 1, InetAddress.getByName(host))) {
            return false;
        } catch (BindException e) {
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private List<String> endpoints() {
        List<String> result = new ArrayList<>();
        try {
            ServiceReference<?>[] refs = context.getAllServiceReferences(null, HTTP_RUNTIME);
            if (refs != null) {
                for (ServiceReference<?> ref : refs) {
                    Object endpoint = ref.getProperty(ENDPOINT);
                    if (endpoint instanceof String[] many) {
                        result.addAll(Arrays.asList(many));
                    } else if (endpoint != null) {
                        result.add(endpoint.toString());
                    }
                }
            }
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** A bundle whose start level the framework does not start to (FileInstall's: the host raises it later). */
    private boolean aboveTheBeginningLevel(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.getStartLevel()
                > context.getBundle(0).adapt(FrameworkStartLevel.class).getStartLevel();
    }

    private static boolean persistentlyStarted(Bundle bundle) {
        BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
        return level != null && level.isPersistentlyStarted();
    }

    private List<String> notStarted() {
        List<String> result = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            boolean fragment = (bundle.adapt(BundleRevision.class).getTypes() & BundleRevision.TYPE_FRAGMENT) != 0;
            // only the bundles the framework was to start: not the plugins, which the host starts (transiently)
            if (!fragment && bundle.getState() != Bundle.ACTIVE && bundle.getState() != Bundle.STARTING
                    && persistentlyStarted(bundle) && !aboveTheBeginningLevel(bundle)) {
                result.add(bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + state(bundle) + ")");
            }
        }
        return result;
    }

    private static String state(Bundle bundle) {
        return switch (bundle.getState()) {
            case Bundle.INSTALLED -> "installed, not resolved";
            case Bundle.RESOLVED -> "resolved, not started";
            case Bundle.STOPPING -> "stopping";
            default -> "state " + bundle.getState();
        };
    }
}
