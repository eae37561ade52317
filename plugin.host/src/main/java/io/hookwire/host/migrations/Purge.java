package io.hookwire.host.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a plugin's objects, found through JDBC metadata by their prefix: views, tables (with their indexes and
 * constraints), sequences, the plugin's Liquibase tables included. Nothing is dropped with CASCADE, so nothing
 * outside the prefix can go with it; objects that depend on each other are dropped over several passes, and what
 * cannot be dropped (an outside object refers to it) is reported.
 */
final class Purge {
    private Purge() {}

    static List<String> dropAll(Connection connection, String prefix) throws SQLException {
        List<String> dropped = new ArrayList<>();
        Inventory left = Inventory.of(connection, prefix);
        SQLException last = null;
        while (!left.isEmpty()) {
            for (String view : left.views()) {
                last = drop(connection, "DROP VIEW " + quote(connection, view), view, dropped, last);
            }
            for (String table : left.tables().keySet()) {
                last = drop(connection, "DROP TABLE " + quote(connection, table), table, dropped, last);
            }
            for (String sequence : left.sequences()) {
                last = drop(connection, "DROP SEQUENCE " + quote(connection, sequence), sequence, dropped, last);
            }
            Inventory now = Inventory.of(connection, prefix);
            if (now.equals(left)) {
                throw new SQLException("could not drop " + now.tables().keySet() + now.views() + now.sequences()
                        + " (does an object outside " + prefix + " depend on them?)", last);
            }
            left = now;
        }
        return dropped;
    }

    private static SQLException drop(Connection connection, String sql, String name, List<String> dropped,
            SQLException last) {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
            dropped.add(name);
            return last;
        } catch (SQLException e) {
            return e; // depends on something dropped later in this pass, or already gone with its table
        }
    }

    static String quote(Connection connection, String name) throws SQLException {
        String q = connection.getMetaData().getIdentifierQuoteString().trim();
        return q + name.replace(q, q + q) + q;
    }
}
