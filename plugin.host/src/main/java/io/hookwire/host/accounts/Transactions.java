package io.hookwire.host.accounts;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Runs work in one JDBC transaction, and what it announces (hooks, audit entries) only once that transaction is
 * committed: a change that is rolled back announces nothing. Any exception rolls back and passes through.
 */
public final class Transactions {
    private Transactions() {}

    /** The work of one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection, AfterCommit after) throws SQLException;
    }

    /** Collects what to do once the transaction is committed, in order. */
    @FunctionalInterface
    public interface AfterCommit {
        void then(Runnable action);
    }

    public static <T> T inTransaction(DataSource db, Work<T> work) throws SQLException {
        List<Runnable> announcements = new ArrayList<>();
        T result;
        try (Connection c = db.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                result = work.run(c, announcements::add);
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
        for (Runnable announcement : announcements) {
            announcement.run();
        }
        return result;
    }

    /** Whether the database refused a row because it would break a unique or primary key (SQLState 23505). */
    public static boolean duplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && "23505".equals(s.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
