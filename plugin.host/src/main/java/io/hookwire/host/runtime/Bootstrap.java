package io.hookwire.host.runtime;

import java.io.Console;
import java.lang.reflect.Method;
import java.nio.file.Path;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * Configures the runtime before the rest of it starts: the console, logging, the HTTP endpoint and the deploy
 * folder. These parts read their settings once, when they start, so this must run first and synchronously; that is
 * what a bundle activator is for (a DS component may be activated later). runtime.bndrun starts the host at start
 * level 3, after the Pax Logging API, ConfigAdmin and DS, and before the Log4j 2 backend (4) and everything else.
 *
 * <p>Each third-party setting is passed as a system property, which those parts read through
 * {@link BundleContext#getProperty}, and only when the operator has not set it already.
 */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class Bootstrap implements BundleActivator {
    /** Where Pax Logging reads its configuration when it starts. */
    static final String PAX_LOGGING_FILE = "org.ops4j.pax.logging.property.file";
    static final String HTTP_PORT = "org.osgi.service.http.port";
    static final String HTTP_HOST = "org.apache.felix.http.host";
    static final String GOSH_ARGS = "gosh.args";

    @Override
    public void start(BundleContext context) {
        HostSettings settings = new HostSettings(context::getProperty, System.getenv());
        chooseConsole(context);

        Path logging = settings.dataDir().resolve("etc").resolve("logging.properties");
        if (context.getProperty(PAX_LOGGING_FILE) == null) {
            LoggingConfigFile.writeDefaults(logging,
                    LoggingDefaults.properties(settings.dataDir(), settings.logLevel()));
            System.setProperty(PAX_LOGGING_FILE, logging.toString());
        }
        defaultProperty(context, HTTP_PORT, Integer.toString(settings.httpPort()));
        defaultProperty(context, HTTP_HOST, settings.httpHost());
        deployFolder(context, settings.deployDir());
    }

    /**
     * FileInstall watches the deploy folder: every half second, from its first scan on. The plugin manager lets
     * FileInstall start once it is ready to take the jars (see DeployFolderInstaller).
     */
    private static void deployFolder(BundleContext context, Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create the deploy folder " + dir + ": " + e.getMessage(), e);
        }
        // always this runtime's folder (hookwire.deploy chooses it): a value left in the system properties by an
        // earlier framework in the same JVM (the Pax Exam tests start several) must not win
        System.setProperty("felix.fileinstall.dir", dir.toString());
        defaultProperty(context, "felix.fileinstall.poll", "500");
        defaultProperty(context, "felix.fileinstall.noInitialDelay", "true");
        defaultProperty(context, "felix.fileinstall.log.level", "2");
    }

    @Override
    public void stop(BundleContext context) {
        // nothing to undo: the settings stay for the life of the JVM
    }

    private static void defaultProperty(BundleContext context, String key, String value) {
        if (context.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    /**
     * Gogo stops the whole framework when its standard input closes, so a runtime started by a script, a service
     * manager or a test would die at once. Without a terminal, and unless the operator chose, Gogo runs without its
     * interactive console.
     */
    private static void chooseConsole(BundleContext context) {
        if (context.getProperty(GOSH_ARGS) == null && !hasTerminal()) {
            System.setProperty(GOSH_ARGS, "--nointeractive");
        }
    }

    static boolean hasTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try { // Java 22+: System.console() exists even without a terminal; isTerminal() tells
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 21: a console means a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }
}
