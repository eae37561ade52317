package io.hookwire.host.liquibase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Releases a Liquibase lock that a killed process left behind. Liquibase takes its lock by setting LOCKED in row 1 of
 * the lock table, and releases it when it is done; a process killed in between leaves it set, and every later
 * migration would wait for it, then fail.
 *
 * <p>When is a lock stale? A lock can only be taken away from a process that is gone, and PostgreSQL may be shared by
 * several nodes, so the rules are:
 * <ul>
 * <li>an embedded database (H2 in this process, without AUTO_SERVER): every lock is stale, because H2's file lock
 *     lets no other process open the database, and in this process only the Liquibase thread takes locks, one task
 *     at a time, so none is held when the next task looks;</li>
 * <li>a lock taken on this host by a process that no longer runs, or by this process (again: none of its own tasks
 *     holds it while another runs); {@link LiquibaseRunner} makes Liquibase write {@code hookwire:<host>:<pid>} into
 *     LOCKEDBY so that this can be told;</li>
 * <li>any other lock, once it is older than the configured age ({@code hookwire.db.stale.lock.minutes}, 10 by
 *     default): migrations take seconds, so a lock that old belongs to a node that died, and waiting longer would
 *     only keep plugins from starting. LOCKGRANTED is written with the database's clock and compared with it.</li>
 * </ul>
 */
public final class StaleLocks {
    private static final Pattern MARKER = Pattern.compile("hookwire:([^:\\s]+):(\\d+)");

    /** Whose lock is stale, for one database. */
    public record Policy(boolean embedded, Duration maxAge, String thisHost, long thisPid, LongPredicate processAlive) {
        /** The policy of this process. */
        public static Policy of(String jdbcUrl, Duration maxAge) {
            return new Policy(isEmbedded(jdbcUrl), maxAge, LiquibaseRunner.localHostName(),
                    ProcessHandle.current().pid(), pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
        }

        /** Why this lock is stale, or {@code null} when it may be held by a live migration. */
        public String staleReason(String lockedBy, LocalDateTime granted, LocalDateTime now) {
            if (embedded) {
                return "the database is embedded in this process, which was not migrating";
            }
            Matcher m = lockedBy == null ? null : MARKER.matcher(lockedBy);
            if (m != null && m.find() && m.group(1).equals(thisHost)) {
                long pid = Long.parseLong(m.group(2));
                if (pid == thisPid) {
                    return "it was taken by this process, which was not migrating";
                }
                if (!processAlive.test(pid)) {
                    return "process " + pid + " on this host, which took it, is gone";
                }
            }
            if (granted != null && Duration.between(granted, now).compareTo(maxAge) > 0) {
                return "it is older than " + maxAge.toMinutes() + " minutes";
            }
            return null;
        }
    }

    private StaleLocks() {}

    static String marker(String host, long pid) {
        return "hookwire:" + host + ":" + pid;
    }

    /** H2 in this process: not a server URL, and no AUTO_SERVER that would let other processes in. */
    static boolean isEmbedded(String url) {
        String u = url.toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("jdbc:h2:") && !u.startsWith("jdbc:h2:tcp:") && !u.startsWith("jdbc:h2:ssl:")
                && !u.replace(" ", "").contains("auto_server=true");
    }

    /**
     * Releases the lock of {@code lockTable} if it is held and stale.
     *
     * @return what was released and why, or {@code null} when nothing was (no table, not locked, or not stale)
     */
    public static String releaseIfStale(Connection connection, String lockTable, Policy policy) throws SQLException {
        if (!tableExists(connection, lockTable)) {
            return null; // nothing has run yet
        }
        String lockedBy;
        LocalDateTime granted;
        LocalDateTime now;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT LOCKED, LOCKEDBY, LOCKGRANTED, LOCALTIMESTAMP FROM " + lockTable
                        + " WHERE ID = 1")) {
            if (!rs.next() || !rs.getBoolean(1)) {
                return null;
            }
            lockedBy = rs.getString(2);
            granted = toLocal(rs.getTimestamp(3));
            now = toLocal(rs.getTimestamp(4));
        } catch (SQLException e) {
            // anything wrong here shows again, better explained, when Liquibase runs
            rollbackQuietly(connection);
            return null;
        }
        String reason = policy.staleReason(lockedBy, granted, now);
        if (reason == null) {
            return null;
        }
        try (PreparedStatement release = connection.prepareStatement("UPDATE " + lockTable
                + " SET LOCKED = FALSE, LOCKEDBY = NULL, LOCKGRANTED = NULL WHERE ID = 1 AND LOCKED = TRUE")) {
            release.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return "released the Liquibase lock in " + lockTable + " held by " + lockedBy + " since " + granted + ": "
                + reason;
    }

    /**
     * Whether the current schema has this table, asked through metadata rather than by a failing query (which H2
     * would write to its trace file, and which would spoil a PostgreSQL transaction). Unquoted names are stored in
     * upper case by H2 and in lower case by PostgreSQL: both are looked for.
     */
    public static boolean tableExists(Connection connection, String table) throws SQLException {
        java.sql.DatabaseMetaData meta = connection.getMetaData();
        String escape = meta.getSearchStringEscape();
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT),
                table.toLowerCase(java.util.Locale.ROOT)}) {
            String pattern = name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
            try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), pattern, null)) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static LocalDateTime toLocal(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // the caller goes on; Liquibase reports real trouble
        }
    }
}
