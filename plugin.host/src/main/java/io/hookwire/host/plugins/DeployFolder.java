package io.hookwire.host.plugins;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.sql.SQLException;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.log.Logger;

/**
 * What happens to the jars of the deploy folder. FileInstall watches the folder and calls us; we look at each jar
 * before the framework does, so that a file that is not a bundle, or a plugin with bad headers or a taken id, is
 * refused with its reason and never disturbs what runs. Runs on the plugin manager's worker thread.
 */
final class DeployFolder {
    private volatile boolean refreshing;
    private final BundleContext context;
    private final Lifecycle lifecycle;
    private final PluginStore store;
    private final Logger log;
    private final DeployDigests digests;

    DeployFolder(BundleContext context, Lifecycle lifecycle, PluginStore store, Logger log) {
        this.context = context;
        java.io.File data = context.getDataFile("deploy-digests.properties");
        this.digests = new DeployDigests(data == null ? null : data.toPath());
        this.lifecycle = lifecycle;
        this.store = store;
        this.log = log;
    }

    private static String location(File file) {
        return file.toURI().toString();
    }

    private Bundle bundleAt(String location) {
        return context.getBundle(location);
    }

    void install(File file) throws SQLException {
        String location = location(file);
        if (bundleAt(location) != null) {
            update(file);
            return;
        }
        String refusal = check(file, null);
        if (refusal != null) {
            return;
        }
        try (InputStream in = Files.newInputStream(file.toPath())) {
            String digest = DeployDigests.of(file.toPath());
            Bundle bundle = context.installBundle(location, in);
            digests.put(location, digest);
            store.clearProblem(location);
            log.info("Installed " + bundle.getSymbolicName() + " " + bundle.getVersion() + " from " + file);
            if (PluginDescriptor.claimedId(bundle.getHeaders("")) == null) {
                startLibrary(bundle);
            }
            lifecycle.seen(bundle);
        } catch (BundleException | IOException e) {
            problem(location, null, "cannot install it: " + e.getMessage());
        }
    }

    void update(File file) throws SQLException {
        String location = location(file);
        Bundle bundle = bundleAt(location);
        if (bundle == null) {
            install(file);
            return;
        }
        if (check(file, bundle) != null) {
            return; // the bundle that was there goes on untouched
        }
        boolean plugin = PluginDescriptor.claimedId(bundle.getHeaders("")) != null;
        try (InputStream in = Files.newInputStream(file.toPath())) {
            String digest = DeployDigests.of(file.toPath());
            if (digests.unchanged(location, digest)) {
                lifecycle.seen(bundle); // offered again after a restart: the same bytes, nothing to update
                return;
            }
            if (plugin && Lifecycle.running(bundle)) {
                bundle.stop(Bundle.STOP_TRANSIENT); // its migrations run before it starts again
            }
            bundle.update(in);
            digests.put(location, digest);
            refresh(bundle);
            store.clearProblem(location);
            log.info("Updated " + bundle.getSymbolicName() + " to " + bundle.getVersion() + " from " + file);
            if (PluginDescriptor.claimedId(bundle.getHeaders("")) == null) {
                startLibrary(bundle);
            }
            lifecycle.seen(bundle);
        } catch (BundleException | IOException e) {
            problem(location, null, "cannot update it: " + e.getMessage());
            lifecycle.seen(bundle);
        }
    }

    void remove(File file) throws SQLException {
        String location = location(file);
        store.clearProblem(location);
        digests.remove(location);
        Bundle bundle = bundleAt(location);
        if (bundle == null) {
            return;
        }
        try {
            bundle.uninstall();
            refresh(bundle);
            log.info("Uninstalled " + bundle.getSymbolicName() + " (" + file + " was removed)");
            lifecycle.gone(bundle);
        } catch (BundleException e) {
            problem(location, null, "cannot uninstall it: " + e.getMessage());
        }
    }

    /**
     * Refuses a jar that is not a bundle, or a plugin with bad headers or another plugin's id, and records why.
     *
     * @param current the bundle the jar would update, or {@code null}
     * @return the reason it was refused, or {@code null}
     */
    private String check(File file, Bundle current) throws SQLException {
        String location = location(file);
        Manifest manifest;
        try (JarFile jar = new JarFile(file)) {
            manifest = jar.getManifest();
        } catch (IOException e) {
            return problem(location, null, "not a jar file (" + e.getMessage() + ")");
        }
        Attributes main = manifest == null ? null : manifest.getMainAttributes();
        String bsn = main == null ? null : main.getValue("Bundle-SymbolicName");
        if (bsn == null) {
            return problem(location, null, "not an OSGi bundle: its manifest has no Bundle-SymbolicName header");
        }
        Hashtable<String, String> headers = new Hashtable<>();
        main.forEach((k, v) -> headers.put(k.toString(), v.toString()));
        String claimed = PluginDescriptor.claimedId(headers);
        if (claimed == null) {
            return null; // a library
        }
        try {
            PluginDescriptor.of(headers, PluginDescriptor.symbolicName(headers), main.getValue("Bundle-Version"));
        } catch (IllegalArgumentException e) {
            return problem(location, claimed, e.getMessage());
        }
        for (Bundle other : context.getBundles()) {
            if (other != current && !other.getLocation().equals(location)
                    && claimed.equals(PluginDescriptor.claimedId(other.getHeaders("")))) {
                return problem(location, claimed, "plugin id '" + claimed + "' is already used by bundle "
                        + other.getBundleId() + " (" + other.getLocation() + "); this one is refused. Remove it, or"
                        + " give it another Plugin-Id");
            }
        }
        return null;
    }

    private String problem(String location, String pluginId, String reason) throws SQLException {
        log.warn("Refused " + location + ": " + reason);
        store.recordProblem(location, pluginId, reason, lifecycle.now());
        return reason;
    }

    private void startLibrary(Bundle bundle) {
        try {
            if ((bundle.adapt(org.osgi.framework.wiring.BundleRevision.class).getTypes()
                    & org.osgi.framework.wiring.BundleRevision.TYPE_FRAGMENT) == 0) {
                bundle.start();
            }
        } catch (BundleException e) {
            log.warn("Library " + bundle.getLocation() + " did not start: " + e.getMessage());
        }
    }

    /** Whether this deploy folder is refreshing bundles now (the bundles it stops and restarts are its own doing). */
    boolean refreshing() {
        return refreshing;
    }

    /** Refreshes the bundle and the bundles that depend on it, and waits (bounded) for it. */
    private void refresh(Bundle bundle) {
        refreshing = true;
        try {
            refreshAndWait(bundle);
        } finally {
            refreshing = false;
        }
    }

    private void refreshAndWait(Bundle bundle) {
        CountDownLatch done = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> done.countDown());
        try {
            if (!done.await(60, TimeUnit.SECONDS)) {
                log.warn("Refreshing after " + bundle.getLocation() + " took more than 60 s; going on");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
