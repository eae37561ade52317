package io.hookwire.itests;

import javax.inject.Inject;

import org.junit.Before;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * What every Pax Exam test of the runtime shares: it boots the exported runtime ({@link PaxExamRuntime}), and waits
 * before each test until the example plugin answers over HTTP.
 */
public abstract class RuntimeTestSupport {
    @Inject
    protected BundleContext context;

    protected Http http;

    @Configuration
    public Option[] config() throws Exception {
        return PaxExamRuntime.options();
    }

    @Before
    public void waitForHttp() throws Exception {
        http = new Http(Integer.parseInt(context.getProperty(PaxExamRuntime.PORT)));
        http.await("/api/v1/greeter/greet?name=warmup", 200, 60);
        forgetThisFrameworksLoggingFile();
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
