package io.hookwire.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.DbQuery;

/**
 * The alternative the host does not use, measured for comparison: the same {@code db:query} reporting done with
 * {@link java.lang.reflect.Proxy} (one generic handler per DataSource, connection and statement, every call through
 * reflection), without capturing bindings. Only what the benchmark calls has to work.
 */
final class ProxyDataSource {
    private ProxyDataSource() {}

    static DataSource wrap(DataSource pool, Hooks hooks) {
        return proxy(DataSource.class, pool, hooks, null);
    }

    private static <T> T proxy(Class<T> type, Object target, Hooks hooks, String sql) {
        InvocationHandler handler = (self, method, args) -> invoke(target, method, args, hooks, sql);
        return type.cast(Proxy.newProxyInstance(ProxyDataSource.class.getClassLoader(), new Class<?>[] {type},
                handler));
    }

    private static Object invoke(Object target, Method method, Object[] args, Hooks hooks, String sql)
            throws Throwable {
        String name = method.getName();
        boolean report = name.startsWith("execute") && hooks.hasHandlers(CoreHooks.DB_QUERY);
        long start = report ? System.nanoTime() : 0;
        Object result;
        try {
            result = method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            if (report) {
                String text = sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "";
                hooks.dispatch(CoreHooks.DB_QUERY, new DbQuery(text, List.of(), System.nanoTime() - start));
            }
        }
        if (result instanceof PreparedStatement ps) {
            return proxy(PreparedStatement.class, ps, hooks, (String) args[0]);
        }
        if (result instanceof Statement s) {
            return proxy(Statement.class, s, hooks, null);
        }
        if (result instanceof Connection c) {
            return proxy(Connection.class, c, hooks, null);
        }
        return result;
    }
}
