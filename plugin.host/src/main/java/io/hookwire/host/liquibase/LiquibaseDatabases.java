package io.hookwire.host.liquibase;

import java.sql.Connection;

import liquibase.changelog.ChangeLogHistoryServiceFactory;
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
     * Closes the database and its connection, and drops the lock and history services that Liquibase keeps per
     * database instance in static factories (they would pile up, one per migration, for the life of the runtime).
     */
    public static void close(Database database) {
        try {
            database.close();
        } catch (DatabaseException e) {
            // the connection goes back to the pool, or is already gone; nothing to do
        } finally {
            LockServiceFactory.getInstance().resetAll();
            ChangeLogHistoryServiceFactory.getInstance().resetAll();
        }
    }
}
