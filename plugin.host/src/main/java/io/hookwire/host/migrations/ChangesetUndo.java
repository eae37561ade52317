package io.hookwire.host.migrations;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import io.hookwire.host.migrations.MigrationException.Kind;
import liquibase.Scope;
import liquibase.change.Change;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.changelog.visitor.AbstractChangeExecListener;
import liquibase.database.Database;
import liquibase.executor.Executor;
import liquibase.executor.ExecutorService;
import liquibase.statement.SqlStatement;

/**
 * Follows a Liquibase update changeset by changeset, and undoes the one that fails, so that the database is as it
 * was before that changeset. Liquibase records a changeset as run only once it succeeded, and rolls back its
 * transaction when it fails; that undoes everything on PostgreSQL (DDL is transactional there) but not on H2, which
 * commits each DDL statement. So, for a failed changeset:
 * <ol>
 * <li>if the plugin's objects are as before it (compared through JDBC metadata), there is nothing more to do;</li>
 * <li>else the changes of that changeset that completed are reversed, last first, with the statements Liquibase
 *     generates for their rollback ({@link PrefixRules} refused, up front, changesets whose earlier changes have
 *     none);</li>
 * <li>then whatever the failing change itself created before it failed (a table, a column, an index, a view, a
 *     sequence with the plugin's prefix that was not there before the changeset) is dropped;</li>
 * <li>and the objects are compared again: the error says whether the database is as it was.</li>
 * </ol>
 * Only one changeset at a time is followed: the Liquibase thread runs one migration at a time.
 */
final class ChangesetUndo extends AbstractChangeExecListener {
    private final Connection connection;
    private final String prefix;
    private final List<String> ran = new ArrayList<>();
    private final List<Change> completed = new ArrayList<>();
    private Inventory before;
    private ChangeSet failed;

    ChangesetUndo(Connection connection, String prefix) {
        this.connection = connection;
        this.prefix = prefix;
    }

    @Override
    public void willRun(ChangeSet changeSet, DatabaseChangeLog changelog, Database database,
            ChangeSet.RunStatus status) {
        completed.clear();
        try {
            before = Inventory.of(connection, prefix);
        } catch (SQLException e) {
            before = null; // reported if this changeset fails
        }
    }

    @Override
    public void ran(Change change, ChangeSet changeSet, DatabaseChangeLog changelog, Database database) {
        completed.add(change);
    }

    @Override
    public void ran(ChangeSet changeSet, DatabaseChangeLog changelog, Database database, ChangeSet.ExecType type) {
        if (type == ChangeSet.ExecType.EXECUTED || type == ChangeSet.ExecType.RERAN) {
            ran.add(PrefixRules.id(changeSet));
        }
    }

    @Override
    public void runFailed(ChangeSet changeSet, DatabaseChangeLog changelog, Database database, Exception e) {
        failed = changeSet;
    }

    /** The changesets that ran, in order. */
    List<String> ran() {
        return List.copyOf(ran);
    }

    /** After Liquibase threw: undoes the failed changeset, and says what failed and how the database was left. */
    MigrationException failure(Database database, Exception thrown) {
        String cause = rootMessage(thrown);
        if (failed == null) {
            return new MigrationException(Kind.FAILED, null, null, "the migration failed before a changeset ran: "
                    + cause, thrown);
        }
        String id = PrefixRules.id(failed);
        String left = undo(database);
        return new MigrationException(Kind.FAILED, id, null, "changeset " + id + " failed: " + cause + "; "
                + (left == null ? "it was undone, and not recorded as run" : "it was not recorded as run, but could"
                        + " not be fully undone: " + left), thrown);
    }

    /** @return {@code null} when the plugin's objects are as before the changeset, else what differs */
    private String undo(Database database) {
        if (before == null) {
            return "the plugin's objects could not be listed before the changeset";
        }
        List<String> errors = new ArrayList<>();
        try {
            database.rollback();
            if (Inventory.of(connection, prefix).equals(before)) {
                return null;
            }
            Executor executor = Scope.getCurrentScope().getSingleton(ExecutorService.class).getExecutor("jdbc",
                    database);
            for (Change change : completed.reversed()) {
                try {
                    if (change.supportsRollback(database)) {
                        for (SqlStatement statement : change.generateRollbackStatements(database)) {
                            executor.execute(statement);
                        }
                    }
                    database.commit();
                } catch (Exception e) {
                    errors.add("reversing " + change.getSerializedObjectName() + ": " + rootMessage(e));
                }
            }
            for (String[] created : Inventory.of(connection, prefix).createdSince(before)) {
                drop(created, errors);
            }
            Inventory after = Inventory.of(connection, prefix);
            return after.equals(before) ? null : "before " + before + ", now " + after + " " + errors;
        } catch (Exception e) {
            return rootMessage(e) + " " + errors;
        }
    }

    private void drop(String[] created, List<String> errors) {
        try (Statement s = connection.createStatement()) {
            String name = Purge.quote(connection, created[1]);
            s.execute(switch (created[0]) {
                case "COLUMN" -> "ALTER TABLE " + name + " DROP COLUMN " + Purge.quote(connection, created[2]);
                default -> "DROP " + created[0] + " " + name;
            });
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            errors.add("dropping " + String.join(" ", created) + ": " + e.getMessage());
        }
    }

    static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage().strip();
    }
}
