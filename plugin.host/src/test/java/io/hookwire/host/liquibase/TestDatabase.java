package io.hookwire.host.liquibase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.hookwire.host.runtime.HostSettings;
import org.h2.jdbcx.JdbcDataSource;

/** A fresh in-memory H2 database per test, with the options the host uses, and a few helpers to look into it. */
public final class TestDatabase {
    private static final AtomicInteger NEXT = new AtomicInteger();

    public final String url;
    public final DataSource dataSource;

    public TestDatabase() {
        url = "jdbc:h2:mem:test" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + HostSettings.H2_OPTIONS;
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        dataSource = h2;
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** The first column of every row, as strings. */
    public List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The tables and views of the schema, lower case, sorted. */
    public List<String> tables() throws SQLException {
        return column("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY 1")
                .stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }

    /** The columns of a table, lower case, in order. */
    public List<String> columns(String table) throws SQLException {
        return column("SELECT COLUMN_NAME FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = '"
                + table.toUpperCase(Locale.ROOT) + "' ORDER BY ORDINAL_POSITION").stream()
                .map(t -> t.toLowerCase(Locale.ROOT)).toList();
    }
}
