package io.hookwire.host.accounts;

import java.nio.file.Path;

import javax.sql.DataSource;

import io.hookwire.host.db.HostSchemaAccess;
import io.hookwire.host.liquibase.DirectoryBundle;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.TestDatabase;

/** A fresh in-memory H2 database with the host's tables, made by the host's own changelog. */
public final class HostTables {
    private HostTables() {}

    public static TestDatabase create() throws Exception {
        TestDatabase db = new TestDatabase();
        LiquibaseRunner runner = new LiquibaseRunner();
        try {
            DataSource ds = db.dataSource;
            runner.submit(() -> HostSchemaAccess.update(ds, DirectoryBundle.of(Path.of("target/classes")), runner))
                    .get();
        } finally {
            runner.close();
        }
        return db;
    }
}
