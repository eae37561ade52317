package io.hookwire.host.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import io.hookwire.host.liquibase.BundleResourceAccessor;
import io.hookwire.host.liquibase.ChangelogChecksum;
import io.hookwire.host.liquibase.LiquibaseDatabases;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.StaleLocks;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import org.osgi.framework.Bundle;

/**
 * Brings the host's own tables up to date with its changelog, {@value #CHANGELOG}, with Liquibase's tables renamed
 * to hookwire_changelog and hookwire_changelog_lock. After a successful update it stores the changelog's checksum in
 * hookwire_setting; a start that finds the same checksum there (one plain query) skips Liquibase, and so its
 * start-up cost, altogether. Runs on the Liquibase thread.
 */
final class HostSchema {
    static final String CHANGELOG = "db/hookwire-changelog.xml";
    static final String CHECKSUM_SETTING = "hookwire.schema.checksum";
    static final String TABLE_PREFIX = "hookwire_";

    private HostSchema() {}

    /**
     * @param source the bundle that holds the changelog (the host's)
     * @param runner where Liquibase runs, when it must (this is called on its thread)
     * @return what was done, for the log
     */
    static String update(DataSource dataSource, Bundle source, LiquibaseRunner runner) throws Exception {
        String checksum = ChangelogChecksum.of(source, CHANGELOG);
        if (checksum == null) {
            throw new IllegalStateException(CHANGELOG + " is missing from " + source.getSymbolicName());
        }
        try (Connection connection = dataSource.getConnection()) {
            if (checksum.equals(appliedChecksum(connection))) {
                return "up to date (checksum matches, Liquibase not started)";
            }
        }
        long start = System.nanoTime();
        runner.call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                Database database = LiquibaseDatabases.open(connection, TABLE_PREFIX);
                try {
                    new Liquibase(CHANGELOG, new BundleResourceAccessor(source), database)
                            .update(new Contexts(), new LabelExpression());
                } finally {
                    LiquibaseDatabases.close(database);
                }
            }
            return null;
        });
        try (Connection connection = dataSource.getConnection()) {
            storeChecksum(connection, checksum);
        }
        return "updated by Liquibase in " + (System.nanoTime() - start) / 1_000_000 + " ms";
    }

    /** The checksum stored by the last update, or {@code null} (no table yet: a new database). */
    static String appliedChecksum(Connection connection) {
        try {
            if (!StaleLocks.tableExists(connection, "hookwire_setting")) {
                return null;
            }
        } catch (SQLException e) {
            return null;
        }
        // SELECT * rather than naming the value column: VALUE is a keyword of H2 2.x unless NON_KEYWORDS says not
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM hookwire_setting WHERE name = ?")) {
            ps.setString(1, CHECKSUM_SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(2) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** In one transaction; if another node stored it at the same moment, its row stands (the same checksum). */
    private static void storeChecksum(Connection connection, String checksum) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM hookwire_setting WHERE name = ?");
                PreparedStatement insert = connection.prepareStatement("INSERT INTO hookwire_setting VALUES (?, ?)")) {
            delete.setString(1, CHECKSUM_SETTING);
            delete.executeUpdate();
            insert.setString(1, CHECKSUM_SETTING);
            insert.setString(2, checksum);
            insert.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback(); // the next start runs Liquibase again, which finds nothing to do
        }
    }
}
