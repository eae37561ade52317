package io.hookwire.greeter.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database with the plugin's own changelog ({@code db/changelog.xml}, as the host runs it)
 * applied by Liquibase. It lives until {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {
    private final JdbcDataSource dataSource = new JdbcDataSource();
    /** Holds the in-memory database open. */
    private final Connection keeper;

    TestDatabase() throws Exception {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        keeper = dataSource.getConnection();
        try (Connection c = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(c));
            database.setDatabaseChangeLogTableName("plugin_user_greeter__changelog");
            database.setDatabaseChangeLogLockTableName("plugin_user_greeter__changelog_lock");
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "db/changelog.xml")
                    .execute();
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = keeper; var s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
