package io.hookwire.host.db;

import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.net.URL;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.Date;
import java.sql.NClob;
import java.sql.Ref;
import java.sql.RowId;
import java.sql.SQLException;
import java.sql.SQLType;
import java.sql.SQLXML;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.Calendar;
import java.util.Map;

/**
 * A callable statement that reports to {@code db:query} (see {@link HookedDataSource}): the prepared statement's
 * reporting, plus the parameters set by name, which follow the positional ones in the bindings. Reading the out
 * parameters is plain delegation.
 */
final class HookedCallableStatement extends HookedPreparedStatement<CallableStatement> implements CallableStatement {

    HookedCallableStatement(CallableStatement delegate, String sql, Connection connection, DbQueryEvents events) {
        super(delegate, sql, connection, events);
    }

    // Setters by name: to the driver, then kept

    @Override public void setURL(String n, URL v) throws SQLException { delegate.setURL(n, v); bound.set(n, v); }
    @Override public void setNull(String n, int v) throws SQLException { delegate.setNull(n, v); bound.set(n, null); }
    @Override
    public void setBoolean(String n, boolean v) throws SQLException {
        delegate.setBoolean(n, v);
        bound.set(n, v);
    }
    @Override public void setByte(String n, byte v) throws SQLException { delegate.setByte(n, v); bound.set(n, v); }
    @Override public void setShort(String n, short v) throws SQLException { delegate.setShort(n, v); bound.set(n, v); }
    @Override public void setInt(String n, int v) throws SQLException { delegate.setInt(n, v); bound.set(n, v); }
    @Override public void setLong(String n, long v) throws SQLException { delegate.setLong(n, v); bound.set(n, v); }
    @Override public void setFloat(String n, float v) throws SQLException { delegate.setFloat(n, v); bound.set(n, v); }
    @Override
    public void setDouble(String n, double v) throws SQLException {
        delegate.setDouble(n, v);
        bound.set(n, v);
    }
    @Override
    public void setBigDecimal(String n, BigDecimal v) throws SQLException {
        delegate.setBigDecimal(n, v);
        bound.set(n, v);
    }
    @Override
    public void setString(String n, String v) throws SQLException {
        delegate.setString(n, v);
        bound.set(n, v);
    }
    @Override public void setBytes(String n, byte[] v) throws SQLException { delegate.setBytes(n, v); bound.set(n, v); }
    @Override public void setDate(String n, Date v) throws SQLException { delegate.setDate(n, v); bound.set(n, v); }
    @Override public void setTime(String n, Time v) throws SQLException { delegate.setTime(n, v); bound.set(n, v); }
    @Override
    public void setTimestamp(String n, Timestamp v) throws SQLException {
        delegate.setTimestamp(n, v);
        bound.set(n, v);
    }
    @Override
    public void setAsciiStream(String n, InputStream v, int x) throws SQLException {
        delegate.setAsciiStream(n, v, x);
        bound.set(n, "<InputStream>");
    }
    @Override
    public void setBinaryStream(String n, InputStream v, int x) throws SQLException {
        delegate.setBinaryStream(n, v, x);
        bound.set(n, "<InputStream>");
    }
    @Override
    public void setObject(String n, Object v, int x, int y) throws SQLException {
        delegate.setObject(n, v, x, y);
        bound.set(n, v);
    }
    @Override
    public void setObject(String n, Object v, int x) throws SQLException {
        delegate.setObject(n, v, x);
        bound.set(n, v);
    }
    @Override
    public void setObject(String n, Object v) throws SQLException {
        delegate.setObject(n, v);
        bound.set(n, v);
    }
    @Override
    public void setCharacterStream(String n, Reader v, int x) throws SQLException {
        delegate.setCharacterStream(n, v, x);
        bound.set(n, "<Reader>");
    }
    @Override
    public void setDate(String n, Date v, Calendar x) throws SQLException {
        delegate.setDate(n, v, x);
        bound.set(n, v);
    }
    @Override
    public void setTime(String n, Time v, Calendar x) throws SQLException {
        delegate.setTime(n, v, x);
        bound.set(n, v);
    }
    @Override
    public void setTimestamp(String n, Timestamp v, Calendar x) throws SQLException {
        delegate.setTimestamp(n, v, x);
        bound.set(n, v);
    }
    @Override
    public void setNull(String n, int v, String x) throws SQLException {
        delegate.setNull(n, v, x);
        bound.set(n, null);
    }
    @Override
    public void setRowId(String n, RowId v) throws SQLException {
        delegate.setRowId(n, v);
        bound.set(n, "<RowId>");
    }
    @Override
    public void setNString(String n, String v) throws SQLException {
        delegate.setNString(n, v);
        bound.set(n, v);
    }
    @Override
    public void setNCharacterStream(String n, Reader v, long x) throws SQLException {
        delegate.setNCharacterStream(n, v, x);
        bound.set(n, "<Reader>");
    }
    @Override
    public void setNClob(String n, NClob v) throws SQLException {
        delegate.setNClob(n, v);
        bound.set(n, "<NClob>");
    }
    @Override
    public void setClob(String n, Reader v, long x) throws SQLException {
        delegate.setClob(n, v, x);
        bound.set(n, "<Clob>");
    }
    @Override
    public void setBlob(String n, InputStream v, long x) throws SQLException {
        delegate.setBlob(n, v, x);
        bound.set(n, "<Blob>");
    }
    @Override
    public void setNClob(String n, Reader v, long x) throws SQLException {
        delegate.setNClob(n, v, x);
        bound.set(n, "<NClob>");
    }
    @Override
    public void setSQLXML(String n, SQLXML v) throws SQLException {
        delegate.setSQLXML(n, v);
        bound.set(n, "<SQLXML>");
    }
    @Override
    public void setBlob(String n, Blob v) throws SQLException {
        delegate.setBlob(n, v);
        bound.set(n, "<Blob>");
    }
    @Override
    public void setClob(String n, Clob v) throws SQLException {
        delegate.setClob(n, v);
        bound.set(n, "<Clob>");
    }
    @Override
    public void setAsciiStream(String n, InputStream v, long x) throws SQLException {
        delegate.setAsciiStream(n, v, x);
        bound.set(n, "<InputStream>");
    }
    @Override
    public void setBinaryStream(String n, InputStream v, long x) throws SQLException {
        delegate.setBinaryStream(n, v, x);
        bound.set(n, "<InputStream>");
    }
    @Override
    public void setCharacterStream(String n, Reader v, long x) throws SQLException {
        delegate.setCharacterStream(n, v, x);
        bound.set(n, "<Reader>");
    }
    @Override
    public void setAsciiStream(String n, InputStream v) throws SQLException {
        delegate.setAsciiStream(n, v);
        bound.set(n, "<InputStream>");
    }
    @Override
    public void setBinaryStream(String n, InputStream v) throws SQLException {
        delegate.setBinaryStream(n, v);
        bound.set(n, "<InputStream>");
    }
    @Override
    public void setCharacterStream(String n, Reader v) throws SQLException {
        delegate.setCharacterStream(n, v);
        bound.set(n, "<Reader>");
    }
    @Override
    public void setNCharacterStream(String n, Reader v) throws SQLException {
        delegate.setNCharacterStream(n, v);
        bound.set(n, "<Reader>");
    }
    @Override
    public void setClob(String n, Reader v) throws SQLException {
        delegate.setClob(n, v);
        bound.set(n, "<Clob>");
    }
    @Override
    public void setBlob(String n, InputStream v) throws SQLException {
        delegate.setBlob(n, v);
        bound.set(n, "<Blob>");
    }
    @Override
    public void setNClob(String n, Reader v) throws SQLException {
        delegate.setNClob(n, v);
        bound.set(n, "<NClob>");
    }
    @Override
    public void setObject(String n, Object v, SQLType x, int y) throws SQLException {
        delegate.setObject(n, v, x, y);
        bound.set(n, v);
    }
    @Override
    public void setObject(String n, Object v, SQLType x) throws SQLException {
        delegate.setObject(n, v, x);
        bound.set(n, v);
    }

    // Everything else: delegated

    @Override
    public void registerOutParameter(int a, int b) throws SQLException {
        delegate.registerOutParameter(a, b);
    }
    @Override
    public void registerOutParameter(int a, int b, int c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override public boolean wasNull() throws SQLException { return delegate.wasNull(); }
    @Override public String getString(int a) throws SQLException { return delegate.getString(a); }
    @Override public boolean getBoolean(int a) throws SQLException { return delegate.getBoolean(a); }
    @Override public byte getByte(int a) throws SQLException { return delegate.getByte(a); }
    @Override public short getShort(int a) throws SQLException { return delegate.getShort(a); }
    @Override public int getInt(int a) throws SQLException { return delegate.getInt(a); }
    @Override public long getLong(int a) throws SQLException { return delegate.getLong(a); }
    @Override public float getFloat(int a) throws SQLException { return delegate.getFloat(a); }
    @Override public double getDouble(int a) throws SQLException { return delegate.getDouble(a); }
    @Override public BigDecimal getBigDecimal(int a, int b) throws SQLException { return delegate.getBigDecimal(a, b); }
    @Override public byte[] getBytes(int a) throws SQLException { return delegate.getBytes(a); }
    @Override public Date getDate(int a) throws SQLException { return delegate.getDate(a); }
    @Override public Time getTime(int a) throws SQLException { return delegate.getTime(a); }
    @Override public Timestamp getTimestamp(int a) throws SQLException { return delegate.getTimestamp(a); }
    @Override public Object getObject(int a) throws SQLException { return delegate.getObject(a); }
    @Override public BigDecimal getBigDecimal(int a) throws SQLException { return delegate.getBigDecimal(a); }
    @Override
    public Object getObject(int a, Map<String, Class<?>> b) throws SQLException {
        return delegate.getObject(a, b);
    }
    @Override public Ref getRef(int a) throws SQLException { return delegate.getRef(a); }
    @Override public Blob getBlob(int a) throws SQLException { return delegate.getBlob(a); }
    @Override public Clob getClob(int a) throws SQLException { return delegate.getClob(a); }
    @Override public Array getArray(int a) throws SQLException { return delegate.getArray(a); }
    @Override public Date getDate(int a, Calendar b) throws SQLException { return delegate.getDate(a, b); }
    @Override public Time getTime(int a, Calendar b) throws SQLException { return delegate.getTime(a, b); }
    @Override
    public Timestamp getTimestamp(int a, Calendar b) throws SQLException {
        return delegate.getTimestamp(a, b);
    }
    @Override
    public void registerOutParameter(int a, int b, String c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override
    public void registerOutParameter(String a, int b) throws SQLException {
        delegate.registerOutParameter(a, b);
    }
    @Override
    public void registerOutParameter(String a, int b, int c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override
    public void registerOutParameter(String a, int b, String c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override public URL getURL(int a) throws SQLException { return delegate.getURL(a); }
    @Override public String getString(String a) throws SQLException { return delegate.getString(a); }
    @Override public boolean getBoolean(String a) throws SQLException { return delegate.getBoolean(a); }
    @Override public byte getByte(String a) throws SQLException { return delegate.getByte(a); }
    @Override public short getShort(String a) throws SQLException { return delegate.getShort(a); }
    @Override public int getInt(String a) throws SQLException { return delegate.getInt(a); }
    @Override public long getLong(String a) throws SQLException { return delegate.getLong(a); }
    @Override public float getFloat(String a) throws SQLException { return delegate.getFloat(a); }
    @Override public double getDouble(String a) throws SQLException { return delegate.getDouble(a); }
    @Override public byte[] getBytes(String a) throws SQLException { return delegate.getBytes(a); }
    @Override public Date getDate(String a) throws SQLException { return delegate.getDate(a); }
    @Override public Time getTime(String a) throws SQLException { return delegate.getTime(a); }
    @Override public Timestamp getTimestamp(String a) throws SQLException { return delegate.getTimestamp(a); }
    @Override public Object getObject(String a) throws SQLException { return delegate.getObject(a); }
    @Override public BigDecimal getBigDecimal(String a) throws SQLException { return delegate.getBigDecimal(a); }
    @Override
    public Object getObject(String a, Map<String, Class<?>> b) throws SQLException {
        return delegate.getObject(a, b);
    }
    @Override public Ref getRef(String a) throws SQLException { return delegate.getRef(a); }
    @Override public Blob getBlob(String a) throws SQLException { return delegate.getBlob(a); }
    @Override public Clob getClob(String a) throws SQLException { return delegate.getClob(a); }
    @Override public Array getArray(String a) throws SQLException { return delegate.getArray(a); }
    @Override public Date getDate(String a, Calendar b) throws SQLException { return delegate.getDate(a, b); }
    @Override public Time getTime(String a, Calendar b) throws SQLException { return delegate.getTime(a, b); }
    @Override
    public Timestamp getTimestamp(String a, Calendar b) throws SQLException {
        return delegate.getTimestamp(a, b);
    }
    @Override public URL getURL(String a) throws SQLException { return delegate.getURL(a); }
    @Override public RowId getRowId(int a) throws SQLException { return delegate.getRowId(a); }
    @Override public RowId getRowId(String a) throws SQLException { return delegate.getRowId(a); }
    @Override public NClob getNClob(int a) throws SQLException { return delegate.getNClob(a); }
    @Override public NClob getNClob(String a) throws SQLException { return delegate.getNClob(a); }
    @Override public SQLXML getSQLXML(int a) throws SQLException { return delegate.getSQLXML(a); }
    @Override public SQLXML getSQLXML(String a) throws SQLException { return delegate.getSQLXML(a); }
    @Override public String getNString(int a) throws SQLException { return delegate.getNString(a); }
    @Override public String getNString(String a) throws SQLException { return delegate.getNString(a); }
    @Override public Reader getNCharacterStream(int a) throws SQLException { return delegate.getNCharacterStream(a); }
    @Override
    public Reader getNCharacterStream(String a) throws SQLException {
        return delegate.getNCharacterStream(a);
    }
    @Override public Reader getCharacterStream(int a) throws SQLException { return delegate.getCharacterStream(a); }
    @Override public Reader getCharacterStream(String a) throws SQLException { return delegate.getCharacterStream(a); }
    @Override public <T> T getObject(int a, Class<T> b) throws SQLException { return delegate.getObject(a, b); }
    @Override public <T> T getObject(String a, Class<T> b) throws SQLException { return delegate.getObject(a, b); }
    @Override
    public void registerOutParameter(int a, SQLType b) throws SQLException {
        delegate.registerOutParameter(a, b);
    }
    @Override
    public void registerOutParameter(int a, SQLType b, int c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override
    public void registerOutParameter(int a, SQLType b, String c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override
    public void registerOutParameter(String a, SQLType b) throws SQLException {
        delegate.registerOutParameter(a, b);
    }
    @Override
    public void registerOutParameter(String a, SQLType b, int c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
    @Override
    public void registerOutParameter(String a, SQLType b, String c) throws SQLException {
        delegate.registerOutParameter(a, b, c);
    }
}
