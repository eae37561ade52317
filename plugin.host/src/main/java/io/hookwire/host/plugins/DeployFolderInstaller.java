package io.hookwire.host.plugins;

import java.io.File;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The deploy folder. Apache Felix FileInstall watches it (we write no watcher of our own) and hands every jar to
 * this installer, which passes it to the plugin manager. FileInstall's own bundle handling never sees our jars: an
 * installer service that claims a file takes precedence over it.
 *
 * <p>FileInstall sits above the framework's beginning start level (see cnf/runtime.bnd), so nothing starts it but
 * this component, once its installer service is registered: otherwise FileInstall could pick up jars before us.
 */
@Component(service = ArtifactInstaller.class, immediate = true)
public final class DeployFolderInstaller implements ArtifactInstaller {
    static final String FILEINSTALL = "org.apache.felix.fileinstall";

    private final PluginControl plugins;

    @Activate
    public DeployFolderInstaller(BundleContext context, @Reference PluginControl plugins,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.plugins = plugins;
        for (Bundle bundle : context.getBundles()) {
            if (FILEINSTALL.equals(bundle.getSymbolicName()) && bundle.getState() != Bundle.ACTIVE) {
                try {
                    bundle.start(Bundle.START_TRANSIENT);
                    log.info("Watching the deploy folder " + context.getProperty("felix.fileinstall.dir"));
                } catch (BundleException e) {
                    log.error("The deploy folder is not watched: FileInstall did not start", e);
                }
            }
        }
    }

    @Override
    public boolean canHandle(File artifact) {
        return artifact.getName().endsWith(".jar");
    }

    @Override
    public void install(File artifact) throws Exception {
        plugins.installed(artifact);
    }

    @Override
    public void update(File artifact) throws Exception {
        plugins.updated(artifact);
    }

    @Override
    public void uninstall(File artifact) throws Exception {
        plugins.removed(artifact);
    }
}
