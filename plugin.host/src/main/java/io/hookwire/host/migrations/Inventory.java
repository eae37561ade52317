package io.hookwire.host.migrations;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A plugin's objects in the database's current schema, read through JDBC metadata: its tables with their columns and
 * indexes, its views and its sequences, each named as the database stores it (H2 folds unquoted names to upper case,
 * PostgreSQL to lower case; the prefix is compared case-insensitively).
 *
 * <p>Indexes are compared by what they index, not by name: H2 renames the indexes it named itself (a primary key's)
 * whenever a table is altered.
 *
 * @param tables each table, with its columns and its indexes ({@code index:[unique:]COLUMN,...})
 * @param indexNames the name of each index, by table and index key; not compared
 */
record Inventory(Map<String, Set<String>> tables, Set<String> views, Set<String> sequences,
        Map<String, String> indexNames) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Inventory o && tables.equals(o.tables) && views.equals(o.views)
                && sequences.equals(o.sequences);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tables, views, sequences);
    }

    static Inventory of(Connection connection, String prefix) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String catalog = connection.getCatalog();
        String schema = connection.getSchema();
        Map<String, Set<String>> tables = new TreeMap<>();
        Set<String> views = new TreeSet<>();
        Set<String> sequences = new TreeSet<>();
        Map<String, String> indexNames = new TreeMap<>();
        try (ResultSet rs = meta.getTables(catalog, schema, "%", null)) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME");
                String type = String.valueOf(rs.getString("TABLE_TYPE")).toUpperCase(Locale.ROOT);
                if (!owned(name, prefix)) {
                    continue;
                }
                if (type.contains("VIEW")) {
                    views.add(name);
                } else if (type.equals("TABLE") || type.equals("BASE TABLE")) {
                    tables.put(name, new TreeSet<>());
                } else if (type.equals("SEQUENCE")) {
                    sequences.add(name);
                }
            }
        }
        String escape = meta.getSearchStringEscape();
        for (var table : tables.entrySet()) {
            String pattern = table.getKey().replace(escape, escape + escape).replace("_", escape + "_")
                    .replace("%", escape + "%");
            try (ResultSet rs = meta.getColumns(catalog, schema, pattern, "%")) {
                while (rs.next()) {
                    table.getValue().add(rs.getString("COLUMN_NAME"));
                }
            }
            Map<String, Map<Integer, String>> indexColumns = new TreeMap<>();
            Map<String, Boolean> unique = new TreeMap<>();
            try (ResultSet rs = meta.getIndexInfo(catalog, schema, table.getKey(), false, true)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index != null) {
                        indexColumns.computeIfAbsent(index, i -> new TreeMap<>())
                                .put((int) rs.getShort("ORDINAL_POSITION"), rs.getString("COLUMN_NAME"));
                        unique.put(index, !rs.getBoolean("NON_UNIQUE"));
                    }
                }
            }
            for (var index : indexColumns.entrySet()) {
                String key = "index:" + (unique.get(index.getKey()) ? "unique:" : "")
                        + String.join(",", index.getValue().values());
                table.getValue().add(key);
                indexNames.put(table.getKey() + "/" + key, index.getKey());
            }
        }
        // H2 does not list sequences as tables; the standard view has them on both H2 and PostgreSQL
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_SCHEMA = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (owned(rs.getString(1), prefix)) {
                        sequences.add(rs.getString(1));
                    }
                }
            }
        }
        return new Inventory(tables, views, sequences, indexNames);
    }

    static boolean owned(String name, String prefix) {
        return name != null && name.toLowerCase(Locale.ROOT).startsWith(prefix);
    }

    boolean isEmpty() {
        return tables.isEmpty() && views.isEmpty() && sequences.isEmpty();
    }

    /** What is here and was not in {@code before}, in the order to drop it: views, indexes, columns, tables, sequences. */
    List<String[]> createdSince(Inventory before) {
        List<String[]> views = new ArrayList<>();
        List<String[]> indexes = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        List<String[]> newTables = new ArrayList<>();
        List<String[]> newSequences = new ArrayList<>();
        for (String view : this.views) {
            if (!before.views.contains(view)) {
                views.add(new String[] {"VIEW", view});
            }
        }
        for (var table : tables.entrySet()) {
            Set<String> old = before.tables.get(table.getKey());
            if (old == null) {
                newTables.add(new String[] {"TABLE", table.getKey()});
                continue;
            }
            for (String item : table.getValue()) {
                if (!old.contains(item) && item.startsWith("index:")) {
                    indexes.add(new String[] {"INDEX", indexNames.get(table.getKey() + "/" + item)});
                } else if (!old.contains(item)) {
                    columns.add(new String[] {"COLUMN", table.getKey(), item});
                }
            }
        }
        for (String sequence : this.sequences) {
            if (!before.sequences.contains(sequence)) {
                newSequences.add(new String[] {"SEQUENCE", sequence});
            }
        }
        List<String[]> created = new ArrayList<>(views);
        created.addAll(indexes);
        created.addAll(columns);
        created.addAll(newTables);
        created.addAll(newSequences);
        return created;
    }
}
