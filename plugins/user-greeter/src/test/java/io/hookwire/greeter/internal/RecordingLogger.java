package io.hookwire.greeter.internal;

import java.lang.reflect.Proxy;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.log.Logger;

/** An OSGi {@link Logger} that keeps what it is told, as "level: format [arguments]". */
final class RecordingLogger {
    public final List<String> lines = new CopyOnWriteArrayList<>();

    public final Logger logger = (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(),
            new Class<?>[] {Logger.class},
            (proxy, method, args) -> {
                String name = method.getName();
                if (name.startsWith("is")) {
                    return true;
                }
                if (name.equals("getName")) {
                    return "test";
                }
                if (List.of("trace", "debug", "info", "warn", "error", "audit").contains(name) && args != null) {
                    Object[] rest = Arrays.copyOfRange(args, 1, args.length);
                    lines.add(name + ": " + args[0] + " " + Arrays.deepToString(rest));
                }
                return null;
            });
}
