package io.hookwire.host.db;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import io.hookwire.hooks.Hooks;

/**
 * The shared DataSource as the host registers it: the pool, with every statement reported on {@code db:query}.
 *
 * <p>Each connection it hands out wraps the pool's, and each {@code Statement}, {@code PreparedStatement} and
 * {@code CallableStatement} made from it wraps the driver's. Their {@code execute*} methods fire {@code db:query}
 * with the SQL, the bindings and the time the statement took, after it ran (a statement that fails is reported too,
 * then its exception goes to the caller). The bindings are those set through {@code setXxx} on a prepared
 * statement, in parameter order; streams, readers and LOBs are shown by their type (for example {@code <Blob>}), not
 * read. {@code executeBatch} fires once for the whole batch: a plain statement's SQL is the batch's statements
 * joined with {@code ";\n"}; a prepared statement's bindings are one list per row.
 *
 * <p>With no {@code db:query} handler, an {@code execute*} or {@code setXxx} call costs one registry look-up on top
 * of the driver's call, and allocates nothing (bench/: {@code DbQueryBenchmark}). Bindings are captured only while
 * a handler is registered, so a handler that arrives between {@code setXxx} and {@code execute} sees fewer of them.
 *
 * <p>What is not wrapped: result sets ({@code ResultSet.getStatement()} returns the driver's statement), database
 * metadata, and {@code createConnectionBuilder()} (not supported, as by the pool), so nothing runs past the hook.
 * Thread-safe as the pool is; the wrappers are as thread-safe as the driver's objects they wrap.
 */
public final class HookedDataSource implements DataSource {
    private final DataSource pool;
    private final DbQueryEvents events;

    /**
     * @param pool the DataSource whose statements are reported
     * @param hooks where {@code db:query} is fired
     */
    public HookedDataSource(DataSource pool, Hooks hooks) {
        this.pool = pool;
        this.events = new DbQueryEvents(hooks);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return new HookedConnection(pool.getConnection(), events);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return new HookedConnection(pool.getConnection(username, password), events);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
