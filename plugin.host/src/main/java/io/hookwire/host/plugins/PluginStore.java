package io.hookwire.host.plugins;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginState;

/**
 * The plugins' lasting state, in the host's tables (hookwire_plugin, hookwire_plugin_tenant,
 * hookwire_deploy_problem, hookwire_audit, hookwire_setting). Plain JDBC; every method is one short transaction.
 */
final class PluginStore {
    /** What the database keeps of one plugin. */
    record Row(String id, String name, String version, String category, String location, String migrations,
            boolean enabled, Set<String> tenants, PluginState state, String reason, Instant since,
            boolean quarantined, boolean installed, String migratedChecksum) {}

    private final DataSource db;

    PluginStore(DataSource db) {
        this.db = db;
    }

    Map<String, Row> loadAll() throws SQLException {
        Map<String, Row> rows = new LinkedHashMap<>();
        try (Connection c = db.getConnection()) {
            Map<String, Set<String>> tenants = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement("select plugin_id, tenant from hookwire_plugin_tenant");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tenants.computeIfAbsent(r.getString(1), k -> new TreeSet<>()).add(r.getString(2));
                }
            }
            try (PreparedStatement s = c.prepareStatement("select plugin_id, name, version, category, location,"
                    + " migrations, enabled, state, reason, state_since, quarantined, installed, migrated_checksum"
                    + " from hookwire_plugin order by plugin_id");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String id = r.getString(1);
                    rows.put(id, new Row(id, r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getBoolean(7), tenants.getOrDefault(id, Set.of()),
                            PluginState.valueOf(r.getString(8)), r.getString(9), r.getTimestamp(10).toInstant(),
                            r.getBoolean(11), r.getBoolean(12), r.getString(13)));
                }
            }
        }
        return rows;
    }

    /** Inserts or replaces the row of a plugin, with its tenants. */
    void save(Row row) throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement s = c.prepareStatement("delete from hookwire_plugin_tenant where plugin_id = ?")) {
                    s.setString(1, row.id());
                    s.executeUpdate();
                }
                int updated;
                try (PreparedStatement s = c.prepareStatement("update hookwire_plugin set name = ?, version = ?,"
                        + " category = ?, location = ?, migrations = ?, enabled = ?, state = ?, reason = ?,"
                        + " state_since = ?, quarantined = ?, installed = ?, migrated_checksum = ? where plugin_id = ?")) {
                    bindRow(s, row, 1);
                    s.setString(13, row.id());
                    updated = s.executeUpdate();
                }
                if (updated == 0) {
                    try (PreparedStatement s = c.prepareStatement("insert into hookwire_plugin (name, version,"
                            + " category, location, migrations, enabled, state, reason, state_since, quarantined,"
                            + " installed, migrated_checksum, plugin_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                        bindRow(s, row, 1);
                        s.setString(13, row.id());
                        s.executeUpdate();
                    }
                }
                try (PreparedStatement s = c.prepareStatement(
                        "insert into hookwire_plugin_tenant (plugin_id, tenant) values (?, ?)")) {
                    for (String tenant : row.tenants()) {
                        s.setString(1, row.id());
                        s.setString(2, tenant);
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static void bindRow(PreparedStatement s, Row row, int first) throws SQLException {
        s.setString(first, row.name());
        s.setString(first + 1, row.version());
        s.setString(first + 2, row.category());
        s.setString(first + 3, row.location());
        s.setString(first + 4, row.migrations());
        s.setBoolean(first + 5, row.enabled());
        s.setString(first + 6, row.state().name());
        s.setString(first + 7, truncate(row.reason()));
        s.setTimestamp(first + 8, Timestamp.from(row.since()));
        s.setBoolean(first + 9, row.quarantined());
        s.setBoolean(first + 10, row.installed());
        s.setString(first + 11, row.migratedChecksum());
    }

    void recordProblem(String source, String pluginId, String reason, Instant at) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("delete from hookwire_deploy_problem where source = ?")) {
                s.setString(1, source);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "insert into hookwire_deploy_problem (source, plugin_id, reason, seen_at) values (?, ?, ?, ?)")) {
                s.setString(1, source);
                s.setString(2, pluginId);
                s.setString(3, truncate(reason));
                s.setTimestamp(4, Timestamp.from(at));
                s.executeUpdate();
            }
        }
    }

    void clearProblem(String source) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("delete from hookwire_deploy_problem where source = ?")) {
            s.setString(1, source);
            s.executeUpdate();
        }
    }

    List<DeployProblem> problems() throws SQLException {
        List<DeployProblem> result = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select source, plugin_id, reason, seen_at"
                        + " from hookwire_deploy_problem order by seen_at desc");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                result.add(new DeployProblem(r.getString(1), r.getString(2), r.getString(3),
                        r.getTimestamp(4).toInstant()));
            }
        }
        return result;
    }

    void audit(Instant at, String actor, String action, String resource, String details, String requestId)
            throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("insert into hookwire_audit (at, actor, action, resource,"
                        + " details, request_id) values (?, ?, ?, ?, ?, ?)")) {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, actor);
            s.setString(3, action);
            s.setString(4, resource);
            s.setString(5, truncate(details));
            s.setString(6, requestId);
            s.executeUpdate();
        }
    }

    List<AuditEntry> audit(int limit) throws SQLException {
        List<AuditEntry> result = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select at, actor, action, resource, details,"
                        + " request_id from hookwire_audit order by id desc")) {
            s.setMaxRows(limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new AuditEntry(r.getTimestamp(1).toInstant(), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6)));
                }
            }
        }
        return result;
    }

    Optional<String> setting(String name) throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("select value from hookwire_setting where name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        }
    }

    void setting(String name, String value) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("delete from hookwire_setting where name = ?")) {
                s.setString(1, name);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into hookwire_setting (name, value) values (?, ?)")) {
                s.setString(1, name);
                s.setString(2, value);
                s.executeUpdate();
            }
        }
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3997) + "...";
    }
}
