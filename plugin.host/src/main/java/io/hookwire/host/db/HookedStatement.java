package io.hookwire.host.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A statement whose {@code execute*} calls report to {@code db:query} (see {@link HookedDataSource}). The pattern of
 * every reporting method: ask {@link DbQueryEvents#active()} first, and without a listener call the driver and
 * nothing else; with one, time the call and fire after it, whether it succeeded or not.
 *
 * @param <S> the driver's statement type; the prepared and callable wrappers extend this class
 */
class HookedStatement<S extends Statement> implements Statement {
    final S delegate;
    final DbQueryEvents events;
    private final Connection connection;
    /** A plain statement's batched SQL, kept only while someone listens. */
    private List<String> batch;

    HookedStatement(S delegate, Connection connection, DbQueryEvents events) {
        this.delegate = delegate;
        this.connection = connection;
        this.events = events;
    }

    // Reporting: without a listener, the driver's call and nothing else; the lambda is made only for a listener

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeQuery(sql));
        }
        return delegate.executeQuery(sql);
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeUpdate(sql));
        }
        return delegate.executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int keys) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeUpdate(sql, keys));
        }
        return delegate.executeUpdate(sql, keys);
    }

    @Override
    public int executeUpdate(String sql, int[] columns) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeUpdate(sql, columns));
        }
        return delegate.executeUpdate(sql, columns);
    }

    @Override
    public int executeUpdate(String sql, String[] names) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeUpdate(sql, names));
        }
        return delegate.executeUpdate(sql, names);
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeLargeUpdate(sql));
        }
        return delegate.executeLargeUpdate(sql);
    }

    @Override
    public long executeLargeUpdate(String sql, int keys) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeLargeUpdate(sql, keys));
        }
        return delegate.executeLargeUpdate(sql, keys);
    }

    @Override
    public long executeLargeUpdate(String sql, int[] columns) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeLargeUpdate(sql, columns));
        }
        return delegate.executeLargeUpdate(sql, columns);
    }

    @Override
    public long executeLargeUpdate(String sql, String[] names) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.executeLargeUpdate(sql, names));
        }
        return delegate.executeLargeUpdate(sql, names);
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.execute(sql));
        }
        return delegate.execute(sql);
    }

    @Override
    public boolean execute(String sql, int keys) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.execute(sql, keys));
        }
        return delegate.execute(sql, keys);
    }

    @Override
    public boolean execute(String sql, int[] columns) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.execute(sql, columns));
        }
        return delegate.execute(sql, columns);
    }

    @Override
    public boolean execute(String sql, String[] names) throws SQLException {
        if (events.active()) {
            return report(sql, () -> delegate.execute(sql, names));
        }
        return delegate.execute(sql, names);
    }

    /** Runs a statement without bindings and reports it. */
    final <T> T report(String sql, SqlCall<T> call) throws SQLException {
        return report(sql, List.of(), call);
    }

    /** Runs a statement and reports it, whether it succeeded or not. */
    final <T> T report(String sql, List<Object> bindings, SqlCall<T> call) throws SQLException {
        long start = System.nanoTime();
        try {
            return call.run();
        } finally {
            events.fire(sql, bindings, System.nanoTime() - start);
        }
    }

    /** A driver call. */
    @FunctionalInterface
    interface SqlCall<T> {
        T run() throws SQLException;
    }

    // Batches: one report for the whole batch

    @Override
    public void addBatch(String sql) throws SQLException {
        delegate.addBatch(sql);
        if (events.active()) {
            if (batch == null) {
                batch = new ArrayList<>();
            }
            batch.add(sql);
        }
    }

    @Override
    public void clearBatch() throws SQLException {
        delegate.clearBatch();
        forgetBatch();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        if (events.active()) {
            String sql = batchSql();
            List<Object> rows = batchBindings();
            forgetBatch();
            return report(sql, rows, delegate::executeBatch);
        }
        forgetBatch();
        return delegate.executeBatch();
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        if (events.active()) {
            String sql = batchSql();
            List<Object> rows = batchBindings();
            forgetBatch();
            return report(sql, rows, delegate::executeLargeBatch);
        }
        forgetBatch();
        return delegate.executeLargeBatch();
    }

    /** The SQL a batch reports: a plain statement's batched statements, one per line. */
    String batchSql() {
        return batch == null ? "" : String.join(";\n", batch);
    }

    /** The bindings a batch reports: none for a plain statement. */
    List<Object> batchBindings() {
        return List.of();
    }

    /** The batch ran or was cleared: the driver starts a new one, and so do we. */
    void forgetBatch() {
        batch = null;
    }

    // Identity

    /** The wrapping connection, so that {@code statement.getConnection().prepareStatement(...)} reports too. */
    @Override
    public Connection getConnection() {
        return connection;
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }

    // Everything else: delegated

    @Override public void close() throws SQLException { delegate.close(); }
    @Override public int getMaxFieldSize() throws SQLException { return delegate.getMaxFieldSize(); }
    @Override public void setMaxFieldSize(int a) throws SQLException { delegate.setMaxFieldSize(a); }
    @Override public int getMaxRows() throws SQLException { return delegate.getMaxRows(); }
    @Override public void setMaxRows(int a) throws SQLException { delegate.setMaxRows(a); }
    @Override public void setEscapeProcessing(boolean a) throws SQLException { delegate.setEscapeProcessing(a); }
    @Override public int getQueryTimeout() throws SQLException { return delegate.getQueryTimeout(); }
    @Override public void setQueryTimeout(int a) throws SQLException { delegate.setQueryTimeout(a); }
    @Override public void cancel() throws SQLException { delegate.cancel(); }
    @Override public SQLWarning getWarnings() throws SQLException { return delegate.getWarnings(); }
    @Override public void clearWarnings() throws SQLException { delegate.clearWarnings(); }
    @Override public void setCursorName(String a) throws SQLException { delegate.setCursorName(a); }
    @Override public ResultSet getResultSet() throws SQLException { return delegate.getResultSet(); }
    @Override public int getUpdateCount() throws SQLException { return delegate.getUpdateCount(); }
    @Override public boolean getMoreResults() throws SQLException { return delegate.getMoreResults(); }
    @Override public void setFetchDirection(int a) throws SQLException { delegate.setFetchDirection(a); }
    @Override public int getFetchDirection() throws SQLException { return delegate.getFetchDirection(); }
    @Override public void setFetchSize(int a) throws SQLException { delegate.setFetchSize(a); }
    @Override public int getFetchSize() throws SQLException { return delegate.getFetchSize(); }
    @Override public int getResultSetConcurrency() throws SQLException { return delegate.getResultSetConcurrency(); }
    @Override public int getResultSetType() throws SQLException { return delegate.getResultSetType(); }
    @Override public boolean getMoreResults(int a) throws SQLException { return delegate.getMoreResults(a); }
    @Override public ResultSet getGeneratedKeys() throws SQLException { return delegate.getGeneratedKeys(); }
    @Override public int getResultSetHoldability() throws SQLException { return delegate.getResultSetHoldability(); }
    @Override public boolean isClosed() throws SQLException { return delegate.isClosed(); }
    @Override public void setPoolable(boolean a) throws SQLException { delegate.setPoolable(a); }
    @Override public boolean isPoolable() throws SQLException { return delegate.isPoolable(); }
    @Override public void closeOnCompletion() throws SQLException { delegate.closeOnCompletion(); }
    @Override public boolean isCloseOnCompletion() throws SQLException { return delegate.isCloseOnCompletion(); }
    @Override public long getLargeUpdateCount() throws SQLException { return delegate.getLargeUpdateCount(); }
    @Override public void setLargeMaxRows(long a) throws SQLException { delegate.setLargeMaxRows(a); }
    @Override public long getLargeMaxRows() throws SQLException { return delegate.getLargeMaxRows(); }
    @Override public String enquoteLiteral(String a) throws SQLException { return delegate.enquoteLiteral(a); }
    @Override
    public String enquoteIdentifier(String a, boolean b) throws SQLException {
        return delegate.enquoteIdentifier(a, b);
    }
    @Override public boolean isSimpleIdentifier(String a) throws SQLException { return delegate.isSimpleIdentifier(a); }
    @Override
    public String enquoteNCharLiteral(String a) throws SQLException {
        return delegate.enquoteNCharLiteral(a);
    }
}
