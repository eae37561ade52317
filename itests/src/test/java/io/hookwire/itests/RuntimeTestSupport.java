package io.hookwire.itests;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.startlevel.FrameworkStartLevel;

/**
 * What every Pax Exam test of the runtime shares: it boots the exported runtime ({@link PaxExamRuntime}), and waits
 * before each test until the example plugin answers over HTTP.
 */
public abstract class RuntimeTestSupport {
    @Inject
    protected BundleContext context;

    protected Http http;
    /** The administration API, with the test runtime's administrator. */
    protected AdminClient admin;
    /** The runtime's deploy folder. */
    protected Path deploy;

    @Configuration
    public Option[] config() throws Exception {
        return PaxExamRuntime.options();
    }

    @Before
    public void waitForHttp() throws Exception {
        keepTheDeployFolderOpen();
        http = new Http(Integer.parseInt(context.getProperty(PaxExamRuntime.PORT)));
        admin = new AdminClient(http, PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD);
        deploy = Path.of(context.getProperty(PaxExamRuntime.DEPLOY));
        http.await("/api/v1/greeter/greet?name=warmup", 200, 60);
        // the database and the administrator's credentials come a little after the first plugin may answer
        http.await("/api/v1/admin/safe-mode", 200, 60, "Authorization",
                Http.basic(PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD));
        forgetThisFrameworksLoggingFile();
    }

    /**
     * Pax Exam sets the framework's start level once more after starting the framework, to the runtime's beginning
     * level, and returns at once when the level already reads so: its request may still wait in the framework's
     * start level queue. When the host had already raised the level to open the deploy folder
     * (DeployFolderInstaller), that request lowers it again and stops FileInstall. The bnd launcher of the real
     * runtime does not do this (it sets the level once, and the host's raise follows it).
     *
     * <p>So, once the host's installer is there, this asks for the host's level again, whatever the level reads
     * now, and waits until the framework has handled that request: the framework handles start level requests in
     * order, so this one comes after Pax Exam's. FileInstall then offers the jars again, and the host skips the ones
     * it has.
     */
    private void keepTheDeployFolderOpen() throws Exception {
        String installer = "(component.name=io.hookwire.host.plugins.DeployFolderInstaller)";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (context.getServiceReferences("org.apache.felix.fileinstall.ArtifactInstaller", installer) == null) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the host's deploy folder installer did not appear within 60 s");
            }
            Thread.sleep(50);
        }
        FrameworkStartLevel level = context.getBundle(0).adapt(FrameworkStartLevel.class);
        CountDownLatch handled = new CountDownLatch(1);
        level.setStartLevel(PaxExamRuntime.DEPLOY_LEVEL, event -> handled.countDown());
        if (!handled.await(60, TimeUnit.SECONDS) || level.getStartLevel() != PaxExamRuntime.DEPLOY_LEVEL) {
            throw new AssertionError("the framework did not reach start level " + PaxExamRuntime.DEPLOY_LEVEL
                    + " within 60 s; it is at " + level.getStartLevel());
        }
    }

    /**
     * The host's Bootstrap hands Pax Logging its configuration file, under this framework's data folder, as a system
     * property, and only when none is set. Every test class boots a framework of its own in this one JVM, so once
     * this framework's logging has started (it has: HTTP answers), the property is cleared; otherwise the next
     * class would log into this class's folder.
     */
    private static void forgetThisFrameworksLoggingFile() {
        System.clearProperty("org.ops4j.pax.logging.property.file");
    }

    /** The installed bundle with this symbolic name. */
    protected Bundle bundle(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b;
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }
}
