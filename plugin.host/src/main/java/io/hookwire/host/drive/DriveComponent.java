package io.hookwire.host.drive;

import java.nio.file.Path;
import java.util.Hashtable;
import java.util.regex.Pattern;

import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.api.drive.Drive;
import io.hookwire.api.plugin.PluginHeaders;
import io.hookwire.host.runtime.HostSettings;

/**
 * Registers the {@link Drive} service as a service factory: each bundle that gets it receives the store of the plugin
 * its {@code Plugin-Id} header names, under {@code <data>/drive/<plugin-id>/}. A bundle without a valid
 * {@code Plugin-Id} gets no drive ({@code null}, and the reason in the log): a library has no store of its own.
 *
 * <p>Registered by hand rather than by DS, because a DS component cannot refuse one bundle without failing as a
 * component. The size limit comes from ConfigAdmin ({@link DriveConfiguration}) and applies to stores already
 * handed out.
 */
@Component(immediate = true, configurationPid = DriveConfiguration.PID)
@Designate(ocd = DriveConfiguration.class)
// registered by hand, not by DS: say so, for the resolver
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=io.hookwire.api.drive.Drive",
        uses = Drive.class)
public final class DriveComponent {
    /** The rule of PluginDescriptor: the id becomes a folder name, so nothing else may pass. */
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final Logger log;
    private final Path drives;
    private final ServiceRegistration<Drive> registration;
    private volatile long maxFileBytes = DriveConfiguration.DEFAULT_MAX_FILE_BYTES;

    @Activate
    public DriveComponent(BundleContext context, DriveConfiguration config,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        this.drives = new HostSettings(context::getProperty, System.getenv()).dataDir().resolve("drive");
        configure(config);
        this.registration = context.registerService(Drive.class, new Factory(), new Hashtable<>());
        log.info("Drive: every plugin's files under " + drives + ", at most " + maxFileBytes + " bytes a file");
    }

    @Modified
    void configure(DriveConfiguration config) {
        long max = config.max_file_bytes();
        if (max < 1) {
            log.warn("Drive: ignoring max.file.bytes=" + max + " (it must be at least 1); keeping " + maxFileBytes);
            return;
        }
        maxFileBytes = max;
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    /** The store of a bundle, or {@code null} (logged) when the bundle is no plugin. */
    DriveStore storeOf(Bundle bundle) {
        String id = bundle.getHeaders("").get(PluginHeaders.ID);
        if (id == null || id.isBlank()) {
            log.warn("Drive: bundle " + bundle.getBundleId() + " (" + bundle.getSymbolicName() + ") gets no drive: it"
                    + " has no " + PluginHeaders.ID + " header, and only plugins have a drive");
            return null;
        }
        if (!PLUGIN_ID.matcher(id.trim()).matches()) {
            log.warn("Drive: bundle " + bundle.getBundleId() + " (" + bundle.getSymbolicName() + ") gets no drive: its "
                    + PluginHeaders.ID + " '" + id + "' is not a valid plugin id");
            return null;
        }
        return new DriveStore(drives, id.trim(), () -> maxFileBytes);
    }

    private final class Factory implements ServiceFactory<Drive> {
        @Override
        public Drive getService(Bundle bundle, ServiceRegistration<Drive> reg) {
            return storeOf(bundle);
        }

        @Override
        public void ungetService(Bundle bundle, ServiceRegistration<Drive> reg, Drive drive) {
            // a store holds nothing open between calls
        }
    }
}
