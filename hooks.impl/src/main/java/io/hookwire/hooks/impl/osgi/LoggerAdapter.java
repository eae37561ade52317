package io.hookwire.hooks.impl.osgi;

import org.osgi.service.log.Logger;

import io.hookwire.hooks.impl.RegistryLog;

/** The registry's log on the OSGi Log Service. */
final class LoggerAdapter implements RegistryLog {
    private final Logger logger;

    LoggerAdapter(Logger logger) {
        this.logger = logger;
    }

    @Override
    public void warn(String message, Throwable error) {
        if (error == null) {
            logger.warn(literal(message));
        } else {
            logger.warn(literal(message), error); // a trailing Throwable is logged with its stack trace
        }
    }

    @Override
    public void info(String message) {
        logger.info(literal(message));
    }

    @Override
    public void debug(String message) {
        if (logger.isDebugEnabled()) {
            logger.debug(literal(message));
        }
    }

    /** The Log Service reads "{}" as a placeholder; our messages are literal text. */
    private static String literal(String message) {
        return message.replace("{}", "\\{}");
    }
}
