package io.hookwire.host.db;

import javax.sql.DataSource;

import io.hookwire.host.liquibase.LiquibaseRunner;
import org.osgi.framework.Bundle;

/** Lets tests in other packages run the host's schema update. */
public final class HostSchemaAccess {
    private HostSchemaAccess() {}

    public static String update(DataSource dataSource, Bundle source, LiquibaseRunner runner) throws Exception {
        return HostSchema.update(dataSource, source, runner);
    }
}
