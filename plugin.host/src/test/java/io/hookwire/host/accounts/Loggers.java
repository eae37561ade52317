package io.hookwire.host.accounts;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.log.Logger;

/** An OSGi {@link Logger} that keeps the first argument of each call (the message). */
public final class Loggers {
    private Loggers() {}

    public static Logger recording(List<String> lines) {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getName")) {
                        return "test";
                    }
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    if (args != null && args.length > 0 && args[0] instanceof String message) {
                        lines.add(method.getName() + ": " + message);
                    }
                    return null;
                });
    }

    public static Logger quiet() {
        return recording(new CopyOnWriteArrayList<>());
    }
}
