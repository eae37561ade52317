package io.hookwire.hooks.impl;

/** The registry's logger. The OSGi component adapts the Log Service to it; tests record what it says. */
public interface RegistryLog {
    void warn(String message, Throwable error);

    void info(String message);

    void debug(String message);

    /** Says nothing. */
    RegistryLog NONE = new RegistryLog() {
        @Override
        public void warn(String message, Throwable error) {}

        @Override
        public void info(String message) {}

        @Override
        public void debug(String message) {}
    };
}
