package io.hookwire.host.liquibase;

import java.sql.Connection;

import liquibase.Scope;
import liquibase.changelog.ChangeLogHistoryServiceFactory;
import liquibase.changelog.FastCheckService;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.DatabaseException;
import liquibase.lockservice.LockServiceFactory;

/** Liquibase databases whose changelog tables carry a prefix, and that leave nothing behind in Liquibase's caches. */
public final class LiquibaseDatabases {
    private LiquibaseDatabases() {}

    /**
     * A Liquibase database on this connection, keeping its history in {@code <prefix>changelog} and its lock in
     * {@code <prefix>changelog_lock}. Close it with {@link #close}, on the Liquibase thread.
     */
    public static Database open(Connection connection, String tablePrefix) throws DatabaseException {
        Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(
                new JdbcConnection(connection));
        database.setDatabaseChangeLogTableName(tablePrefix + "changelog");
        database.setDatabaseChangeLogLockTableName(tablePrefix + "changelog_lock");
        return database;
    }

    /**
     * Closes the database and its connection, and drops what Liquibase remembers between runs: the lock and history
     * services it keeps per database instance in static factories (they would pile up, one per migration, for the
     * life of the runtime), and its "up to date" cache, keyed by URL and changelog path, which would make it skip the
     * new changesets of a plugin's next version (same URL, same path) after a run that found nothing to do.
     */
    public static void close(Database database) {
        try {
            database.close();
        } catch (DatabaseException e) {
            // the connection goes back to the pool, or is already gone; nothing to do
        } finally {
            Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
            LockServiceFactory.getInstance().resetAll();
            ChangeLogHistoryServiceFactory.getInstance().resetAll();
        }
    }
}
