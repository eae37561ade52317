package io.hookwire.hooks;

import org.osgi.annotation.versioning.ProviderType;

/** A handler registered through {@link Hooks}. Closing it removes the handler; closing it again does nothing. */
@ProviderType
public interface HookRegistration extends AutoCloseable {
    /** The handler as the registry lists it. */
    HandlerInfo handler();

    /** Removes the handler. */
    @Override
    void close();
}
