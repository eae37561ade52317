package io.hookwire.host.migrations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.hookwire.host.liquibase.DirectoryBundle;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.StaleLocks;
import io.hookwire.host.liquibase.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** A fresh in-memory database and the migrations service on it, on the class path (Liquibase outside OSGi). */
abstract class MigrationFixture {
    static final String CHANGELOG = "db/changelog.xml";

    @TempDir
    Path dir;

    final TestDatabase db = new TestDatabase();
    final LiquibaseRunner runner = new LiquibaseRunner();
    final LiquibasePluginMigrations migrations = new LiquibasePluginMigrations(db.dataSource, runner,
            StaleLocks.Policy.of(db.url, Duration.ofMinutes(10)), null);

    @AfterEach
    void closeRunner() {
        runner.close();
    }

    /** A bundle whose db/changelog.xml holds these changesets. */
    Bundle bundle(String changeSets) {
        return bundle(Map.of(CHANGELOG, Changelogs.changelog(changeSets)));
    }

    Bundle bundle(Map<String, String> files) {
        return DirectoryBundle.withFiles(dir, files);
    }
}
