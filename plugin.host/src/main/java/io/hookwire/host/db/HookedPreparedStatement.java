package io.hookwire.host.db;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.Ref;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/**
 * A prepared statement that reports to {@code db:query} with its bindings (see {@link HookedDataSource}). Every
 * {@code setXxx} hands the value to the driver, then to {@link Bindings}, which keeps it only while someone
 * listens.
 *
 * @param <S> the driver's statement type; {@link HookedCallableStatement} extends this class
 */
class HookedPreparedStatement<S extends PreparedStatement> extends HookedStatement<S> implements PreparedStatement {
    final String sql;
    final Bindings bound;
    /** The bindings of each row added to the batch. */
    private List<Object> rows;

    HookedPreparedStatement(S delegate, String sql, Connection connection, DbQueryEvents events) {
        super(delegate, connection, events);
        this.sql = sql;
        this.bound = new Bindings(events);
    }

    // Reporting

    @Override
    public ResultSet executeQuery() throws SQLException {
        if (events.active()) {
            return report(sql, bindings(), delegate::executeQuery);
        }
        return delegate.executeQuery();
    }

    @Override
    public int executeUpdate() throws SQLException {
        if (events.active()) {
            return report(sql, bindings(), delegate::executeUpdate);
        }
        return delegate.executeUpdate();
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        if (events.active()) {
            return report(sql, bindings(), delegate::executeLargeUpdate);
        }
        return delegate.executeLargeUpdate();
    }

    @Override
    public boolean execute() throws SQLException {
        if (events.active()) {
            return report(sql, bindings(), delegate::execute);
        }
        return delegate.execute();
    }

    @Override
    public void addBatch() throws SQLException {
        delegate.addBatch();
        if (events.active()) {
            if (rows == null) {
                rows = new ArrayList<>();
            }
            rows.add(bindings());
        }
    }

    @Override
    String batchSql() {
        return sql;
    }

    /** One list of bindings per row. */
    @Override
    List<Object> batchBindings() {
        return rows == null ? List.of() : rows;
    }

    @Override
    void forgetBatch() {
        super.forgetBatch();
        rows = null;
    }

    // Bindings

    /** The bindings set so far, in parameter order. */
    List<Object> bindings() {
        return bound.list();
    }

    @Override
    public void clearParameters() throws SQLException {
        delegate.clearParameters();
        bound.clear();
    }

    // Setters: to the driver, then kept (streams, readers and LOBs by their type only)

    @Override public void setNull(int i, int v) throws SQLException { delegate.setNull(i, v); bound.set(i, null); }
    @Override
    public void setBoolean(int i, boolean v) throws SQLException {
        delegate.setBoolean(i, v);
        bound.set(i, v);
    }
    @Override public void setByte(int i, byte v) throws SQLException { delegate.setByte(i, v); bound.set(i, v); }
    @Override public void setShort(int i, short v) throws SQLException { delegate.setShort(i, v); bound.set(i, v); }
    @Override public void setInt(int i, int v) throws SQLException { delegate.setInt(i, v); bound.set(i, v); }
    @Override public void setLong(int i, long v) throws SQLException { delegate.setLong(i, v); bound.set(i, v); }
    @Override public void setFloat(int i, float v) throws SQLException { delegate.setFloat(i, v); bound.set(i, v); }
    @Override public void setDouble(int i, double v) throws SQLException { delegate.setDouble(i, v); bound.set(i, v); }
    @Override
    public void setBigDecimal(int i, BigDecimal v) throws SQLException {
        delegate.setBigDecimal(i, v);
        bound.set(i, v);
    }
    @Override public void setString(int i, String v) throws SQLException { delegate.setString(i, v); bound.set(i, v); }
    @Override public void setBytes(int i, byte[] v) throws SQLException { delegate.setBytes(i, v); bound.set(i, v); }
    @Override public void setDate(int i, Date v) throws SQLException { delegate.setDate(i, v); bound.set(i, v); }
    @Override public void setTime(int i, Time v) throws SQLException { delegate.setTime(i, v); bound.set(i, v); }
    @Override
    public void setTimestamp(int i, Timestamp v) throws SQLException {
        delegate.setTimestamp(i, v);
        bound.set(i, v);
    }
    @Override
    public void setAsciiStream(int i, InputStream v, int x) throws SQLException {
        delegate.setAsciiStream(i, v, x);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setUnicodeStream(int i, InputStream v, int x) throws SQLException {
        delegate.setUnicodeStream(i, v, x);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setBinaryStream(int i, InputStream v, int x) throws SQLException {
        delegate.setBinaryStream(i, v, x);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setObject(int i, Object v, int x) throws SQLException {
        delegate.setObject(i, v, x);
        bound.set(i, v);
    }
    @Override public void setObject(int i, Object v) throws SQLException { delegate.setObject(i, v); bound.set(i, v); }
    @Override
    public void setCharacterStream(int i, Reader v, int x) throws SQLException {
        delegate.setCharacterStream(i, v, x);
        bound.set(i, "<Reader>");
    }
    @Override public void setRef(int i, Ref v) throws SQLException { delegate.setRef(i, v); bound.set(i, "<Ref>"); }
    @Override public void setBlob(int i, Blob v) throws SQLException { delegate.setBlob(i, v); bound.set(i, "<Blob>"); }
    @Override public void setClob(int i, Clob v) throws SQLException { delegate.setClob(i, v); bound.set(i, "<Clob>"); }
    @Override
    public void setArray(int i, Array v) throws SQLException {
        delegate.setArray(i, v);
        bound.set(i, "<Array>");
    }
    @Override
    public void setDate(int i, Date v, Calendar x) throws SQLException {
        delegate.setDate(i, v, x);
        bound.set(i, v);
    }
    @Override
    public void setTime(int i, Time v, Calendar x) throws SQLException {
        delegate.setTime(i, v, x);
        bound.set(i, v);
    }
    @Override
    public void setTimestamp(int i, Timestamp v, Calendar x) throws SQLException {
        delegate.setTimestamp(i, v, x);
        bound.set(i, v);
    }
    @Override
    public void setNull(int i, int v, String x) throws SQLException {
        delegate.setNull(i, v, x);
        bound.set(i, null);
    }
    @Override public void setURL(int i, URL v) throws SQLException { delegate.setURL(i, v); bound.set(i, v); }
    @Override
    public void setRowId(int i, RowId v) throws SQLException {
        delegate.setRowId(i, v);
        bound.set(i, "<RowId>");
    }
    @Override
    public void setNString(int i, String v) throws SQLException {
        delegate.setNString(i, v);
        bound.set(i, v);
    }
    @Override
    public void setNCharacterStream(int i, Reader v, long x) throws SQLException {
        delegate.setNCharacterStream(i, v, x);
        bound.set(i, "<Reader>");
    }
    @Override
    public void setNClob(int i, NClob v) throws SQLException {
        delegate.setNClob(i, v);
        bound.set(i, "<NClob>");
    }
    @Override
    public void setClob(int i, Reader v, long x) throws SQLException {
        delegate.setClob(i, v, x);
        bound.set(i, "<Clob>");
    }
    @Override
    public void setBlob(int i, InputStream v, long x) throws SQLException {
        delegate.setBlob(i, v, x);
        bound.set(i, "<Blob>");
    }
    @Override
    public void setNClob(int i, Reader v, long x) throws SQLException {
        delegate.setNClob(i, v, x);
        bound.set(i, "<NClob>");
    }
    @Override
    public void setSQLXML(int i, SQLXML v) throws SQLException {
        delegate.setSQLXML(i, v);
        bound.set(i, "<SQLXML>");
    }
    @Override
    public void setObject(int i, Object v, int x, int y) throws SQLException {
        delegate.setObject(i, v, x, y);
        bound.set(i, v);
    }
    @Override
    public void setAsciiStream(int i, InputStream v, long x) throws SQLException {
        delegate.setAsciiStream(i, v, x);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setBinaryStream(int i, InputStream v, long x) throws SQLException {
        delegate.setBinaryStream(i, v, x);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setCharacterStream(int i, Reader v, long x) throws SQLException {
        delegate.setCharacterStream(i, v, x);
        bound.set(i, "<Reader>");
    }
    @Override
    public void setAsciiStream(int i, InputStream v) throws SQLException {
        delegate.setAsciiStream(i, v);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setBinaryStream(int i, InputStream v) throws SQLException {
        delegate.setBinaryStream(i, v);
        bound.set(i, "<InputStream>");
    }
    @Override
    public void setCharacterStream(int i, Reader v) throws SQLException {
        delegate.setCharacterStream(i, v);
        bound.set(i, "<Reader>");
    }
    @Override
    public void setNCharacterStream(int i, Reader v) throws SQLException {
        delegate.setNCharacterStream(i, v);
        bound.set(i, "<Reader>");
    }
    @Override
    public void setClob(int i, Reader v) throws SQLException {
        delegate.setClob(i, v);
        bound.set(i, "<Clob>");
    }
    @Override
    public void setBlob(int i, InputStream v) throws SQLException {
        delegate.setBlob(i, v);
        bound.set(i, "<Blob>");
    }
    @Override
    public void setNClob(int i, Reader v) throws SQLException {
        delegate.setNClob(i, v);
        bound.set(i, "<NClob>");
    }
    @Override
    public void setObject(int i, Object v, SQLType x, int y) throws SQLException {
        delegate.setObject(i, v, x, y);
        bound.set(i, v);
    }
    @Override
    public void setObject(int i, Object v, SQLType x) throws SQLException {
        delegate.setObject(i, v, x);
        bound.set(i, v);
    }

    // Everything else: delegated

    @Override public ResultSetMetaData getMetaData() throws SQLException { return delegate.getMetaData(); }
    @Override
    public ParameterMetaData getParameterMetaData() throws SQLException {
        return delegate.getParameterMetaData();
    }
}
