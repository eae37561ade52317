package io.hookwire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

/**
 * A Felix framework started inside the benchmark JVM with the Felix EventAdmin bundle, in a temporary storage folder
 * that {@link #close()} deletes.
 *
 * <p>The system bundle exports {@code org.osgi.service.event} from the class path, and EventAdmin imports it from
 * there, so the handlers registered here and the events sent are the classes EventAdmin sees.
 */
final class FelixEventAdmin implements AutoCloseable {
    /** Where the EventAdmin bundle is; by default target/felix/ next to benchmarks.jar (bench/pom.xml copies it). */
    static final String BUNDLE_PROPERTY = "hookwire.bench.eventadmin";
    static final String TIMEOUT_PROPERTY = "org.apache.felix.eventadmin.Timeout";
    private static final String PROBE_TOPIC = "io/hookwire/bench/PROBE";

    private final Path storage;
    private final Framework framework;
    private final EventAdmin eventAdmin;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

    private FelixEventAdmin(Path storage, Framework framework, EventAdmin eventAdmin) {
        this.storage = storage;
        this.framework = framework;
        this.eventAdmin = eventAdmin;
    }

    /** Starts the framework and EventAdmin with {@code timeoutMillis}, and checks that the timeout took effect. */
    static FelixEventAdmin start(long timeoutMillis) throws Exception {
        Path bundle = locateBundle();
        Path storage = Files.createTempDirectory("hookwire-bench-felix-");
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.osgi.service.event;version=1.4.0");
        config.put(TIMEOUT_PROPERTY, Long.toString(timeoutMillis));
        config.put("felix.log.level", "1"); // errors only
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi FrameworkFactory on the class path"))
                .newFramework(config);
        FelixEventAdmin felix = null;
        try {
            framework.start();
            BundleContext context = framework.getBundleContext();
            Bundle eventAdminBundle = context.installBundle(bundle.toUri().toString());
            eventAdminBundle.start();
            requireEventPackageFromClassPath(eventAdminBundle);
            ServiceReference<EventAdmin> reference = context.getServiceReference(EventAdmin.class);
            if (reference == null) {
                throw new IllegalStateException("the EventAdmin bundle started but registered no EventAdmin");
            }
            felix = new FelixEventAdmin(storage, framework, context.getService(reference));
            felix.requireTimeoutMode(timeoutMillis);
            return felix;
        } catch (Exception | Error e) {
            if (felix != null) {
                felix.close();
            } else {
                framework.stop();
                framework.waitForStop(10_000);
                deleteTree(storage);
            }
            throw e;
        }
    }

    EventAdmin eventAdmin() {
        return eventAdmin;
    }

    /** Registers {@code handler} for {@code topic} from the system bundle's context. */
    void register(String topic, EventHandler handler) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, topic);
        registrations.add(framework.getBundleContext().registerService(EventHandler.class, handler, properties));
    }

    static Event event(String topic, String key, Object value) {
        return new Event(topic, Map.of(key, value));
    }

    @Override
    public void close() throws Exception {
        try {
            framework.stop();
            framework.waitForStop(10_000);
        } finally {
            deleteTree(storage);
        }
    }

    /**
     * With a timeout EventAdmin runs each handler on its pool; without, on the sender's thread. Checking which is a
     * cheap proof that the framework property reached EventAdmin. (EventAdmin decides per handler when it first
     * obtains the service, during the first delivery, which therefore always runs on the sender: look at the second.)
     */
    private void requireTimeoutMode(long timeoutMillis) {
        AtomicReference<Thread> ranOn = new AtomicReference<>();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(EventConstants.EVENT_TOPIC, PROBE_TOPIC);
        ServiceRegistration<EventHandler> probe = framework.getBundleContext().registerService(EventHandler.class,
                event -> ranOn.set(Thread.currentThread()), properties);
        try {
            eventAdmin.sendEvent(new Event(PROBE_TOPIC, Map.of()));
            ranOn.set(null);
            eventAdmin.sendEvent(new Event(PROBE_TOPIC, Map.of()));
        } finally {
            probe.unregister();
        }
        Thread thread = ranOn.get();
        if (thread == null) {
            throw new IllegalStateException("EventAdmin did not deliver the probe event");
        }
        boolean onSender = thread == Thread.currentThread();
        if (onSender != (timeoutMillis == 0)) {
            throw new IllegalStateException("with " + TIMEOUT_PROPERTY + "=" + timeoutMillis + " EventAdmin ran the"
                    + " handler on " + thread.getName() + ": the setting did not take effect");
        }
    }

    private static void requireEventPackageFromClassPath(Bundle eventAdminBundle) {
        BundleWiring wiring = eventAdminBundle.adapt(BundleWiring.class);
        for (BundleWire wire : wiring.getRequiredWires("osgi.wiring.package")) {
            if ("org.osgi.service.event".equals(wire.getCapability().getAttributes().get("osgi.wiring.package"))) {
                if (wire.getProvider().getBundle().getBundleId() != 0) {
                    throw new IllegalStateException("EventAdmin imports org.osgi.service.event from "
                            + wire.getProvider().getBundle() + ", not from the class path");
                }
                return;
            }
        }
        throw new IllegalStateException("EventAdmin does not import org.osgi.service.event: it would see other"
                + " classes than the benchmark");
    }

    private static Path locateBundle() throws Exception {
        String configured = System.getProperty(BUNDLE_PROPERTY);
        Path bundle = configured != null ? Paths.get(configured)
                : Paths.get(FelixEventAdmin.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .resolveSibling("felix").resolve("org.apache.felix.eventadmin.jar");
        if (!Files.isRegularFile(bundle)) {
            throw new IllegalStateException("the Felix EventAdmin bundle is not at " + bundle + ": build bench"
                    + " (./mvnw -pl bench -am package) or pass -D" + BUNDLE_PROPERTY + "=<jar>");
        }
        return bundle;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
