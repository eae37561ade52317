package io.hookwire.testplugin.badactivator;

import org.osgi.annotation.bundle.Header;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/** Refuses to start: {@code Bundle.start()} fails with a BundleException whose cause is this exception. */
@Header(name = Constants.BUNDLE_ACTIVATOR, value = "${@class}")
public final class FailingActivator implements BundleActivator {
    /** The message of the failure, for tests to recognise. */
    static final String MESSAGE = "bundle activator fails on purpose";

    @Override
    public void start(BundleContext context) {
        throw new IllegalStateException(MESSAGE);
    }

    @Override
    public void stop(BundleContext context) {
        // never started, so nothing to undo
    }
}
