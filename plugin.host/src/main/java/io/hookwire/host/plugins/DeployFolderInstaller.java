package io.hookwire.host.plugins;

import java.io.File;

import org.apache.felix.fileinstall.ArtifactInstaller;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.startlevel.FrameworkStartLevel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The deploy folder. Apache Felix FileInstall watches it (we write no watcher of our own) and hands every jar to
 * this installer, which passes it to the plugin manager. FileInstall's own bundle handling never sees our jars: an
 * installer service that claims a file takes precedence over it.
 *
 * <p>FileInstall has its own start level, {@value #DEPLOY_LEVEL}, above the level the framework starts to (see
 * cnf/runtime.bnd), so that it never watches the folder before this installer is there to take the jars. Once it
 * is registered, this component raises the framework to that level; when it goes away, it lowers the framework
 * back, which stops FileInstall. The framework does not keep its active level between starts: every start begins
 * with the folder closed.
 */
@Component(service = ArtifactInstaller.class, immediate = true)
public final class DeployFolderInstaller implements ArtifactInstaller {
    /** The start level of FileInstall: the framework enters it once the deploy folder can be watched. */
    public static final int DEPLOY_LEVEL = 30;

    private final PluginControl plugins;
    private final BundleContext context;
    private final Logger log;
    private volatile int levelBefore;

    @Activate
    public DeployFolderInstaller(BundleContext context, @Reference PluginControl plugins,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.plugins = plugins;
        this.context = context;
        this.log = log;
        open();
    }

    /** SCR registers the installer service before it constructs an immediate component: FileInstall finds it. */
    private void open() {
        FrameworkStartLevel level = framework().adapt(FrameworkStartLevel.class);
        int current = level.getStartLevel();
        if (current >= DEPLOY_LEVEL) {
            // an operator raised it already (or a test): FileInstall is running and finds us by our service
            log.info("Watching the deploy folder {} (the framework was at start level {} already)",
                    context.getProperty("felix.fileinstall.dir"), current);
            return;
        }
        levelBefore = current;
        level.setStartLevel(DEPLOY_LEVEL, event -> log.info("Watching the deploy folder {}",
                context.getProperty("felix.fileinstall.dir")));
    }

    @Deactivate
    void close() {
        Bundle framework = framework();
        if (framework.getState() == Bundle.ACTIVE) {
            log.info("No longer watching the deploy folder: the plugin manager went away");
        }
        // Only while the framework runs: when it stops, it lowers the level on its own.
        if (levelBefore > 0 && framework.getState() == Bundle.ACTIVE) {
            FrameworkStartLevel level = framework.adapt(FrameworkStartLevel.class);
            if (level.getStartLevel() >= DEPLOY_LEVEL) {
                level.setStartLevel(levelBefore);
            }
        }
    }

    private Bundle framework() {
        return context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION);
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
