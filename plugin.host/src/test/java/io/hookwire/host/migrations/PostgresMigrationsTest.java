package io.hookwire.host.migrations;

import static io.hookwire.host.migrations.Changelogs.changeSet;
import static io.hookwire.host.migrations.Changelogs.createTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.hookwire.host.liquibase.DirectoryBundle;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.StaleLocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same migrations on PostgreSQL, where DDL is transactional and names are folded to lower case. Runs when
 * HOOKWIRE_TEST_POSTGRES_URL names a database (for example {@code jdbc:postgresql://127.0.0.1:5432/test?user=test}),
 * each test in a schema of its own, dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "HOOKWIRE_TEST_POSTGRES_URL", matches = ".+")
class PostgresMigrationsTest {
    private static final String CHANGELOG = "db/changelog.xml";

    @TempDir
    Path dir;

    private final String schema = "hw_test_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xffffffL);
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
    private final LiquibaseRunner runner = new LiquibaseRunner();
    private LiquibasePluginMigrations migrations;

    @BeforeEach
    void createSchema() throws SQLException {
        dataSource.setURL(System.getenv("HOOKWIRE_TEST_POSTGRES_URL"));
        execute("CREATE SCHEMA " + schema);
        dataSource.setCurrentSchema(schema);
        migrations = new LiquibasePluginMigrations(dataSource, runner,
                StaleLocks.Policy.of("jdbc:postgresql://shared", Duration.ofMinutes(10)), null);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        runner.close();
        dataSource.setCurrentSchema(null);
        execute("DROP SCHEMA " + schema + " CASCADE");
    }

    @Test
    void applyRerunFailHalfWayDryRunAndPurge() throws Exception {
        Bundle v1 = DirectoryBundle.withFiles(dir.resolve("v1"), Map.of(CHANGELOG, Changelogs.changelog(
                changeSet("1", createTable("plugin_pg__note")
                        + "<createView viewName=\"plugin_pg__titles\">SELECT title FROM plugin_pg__note</createView>"
                        + "<createSequence sequenceName=\"plugin_pg__seq\"/>"))));
        assertThat(migrations.migrate("pg", v1, CHANGELOG)).containsExactly("1::test::db/changelog.xml");
        assertThat(migrations.migrate("pg", v1, CHANGELOG)).isEmpty();
        execute("CREATE TABLE plugin_other__kept (id INT)");

        Bundle v2 = DirectoryBundle.withFiles(dir.resolve("v2"), Map.of(CHANGELOG, Changelogs.changelog(
                changeSet("1", createTable("plugin_pg__note")
                        + "<createView viewName=\"plugin_pg__titles\">SELECT title FROM plugin_pg__note</createView>"
                        + "<createSequence sequenceName=\"plugin_pg__seq\"/>")
                + changeSet("2", createTable("plugin_pg__tag")
                        + "<addColumn tableName=\"plugin_pg__note\"><column name=\"color\" type=\"varchar(10)\"/>"
                        + "</addColumn><createIndex tableName=\"plugin_pg__note\" indexName=\"plugin_pg__x\">"
                        + "<column name=\"no_such_column\"/></createIndex>"))));
        assertThat(migrations.dryRun("pg", v2, CHANGELOG)).contains("CREATE TABLE " + schema + ".plugin_pg__tag");

        MigrationException failed = catchThrowableOfType(MigrationException.class,
                () -> migrations.migrate("pg", v2, CHANGELOG));
        assertThat(failed.kind()).isEqualTo(MigrationException.Kind.FAILED);
        assertThat(failed.getMessage()).contains("2::test::db/changelog.xml").contains("it was undone");
        assertThat(tables()).containsExactly("plugin_other__kept", "plugin_pg__changelog",
                "plugin_pg__changelog_lock", "plugin_pg__note", "plugin_pg__titles");
        assertThat(column("SELECT id FROM plugin_pg__changelog")).containsExactly("1");

        execute("UPDATE plugin_pg__changelog_lock SET locked = TRUE, lockedby = 'gone#hookwire:gone:1 (10.0.0.9)',"
                + " lockgranted = LOCALTIMESTAMP - INTERVAL '2 hours'");
        assertThat(migrations.migrate("pg", v1, CHANGELOG)).isEmpty();

        assertThat(migrations.purge("pg")).containsExactlyInAnyOrder("plugin_pg__titles", "plugin_pg__note",
                "plugin_pg__changelog", "plugin_pg__changelog_lock", "plugin_pg__seq");
        assertThat(tables()).containsExactly("plugin_other__kept");
    }

    @Test
    void theHostChangelogAppliesOnPostgres() throws Exception {
        Bundle host = DirectoryBundle.of(Path.of("target/classes"));
        String done = runner.submit(() -> io.hookwire.host.db.HostSchemaAccess.update(dataSource, host, runner)).get();
        assertThat(done).startsWith("updated by Liquibase");
        assertThat(tables()).contains("hookwire_plugin", "hookwire_setting", "hookwire_audit", "hookwire_admin_user");
        assertThat(column("SELECT data_type FROM information_schema.columns WHERE table_schema = '" + schema
                + "' AND table_name = 'hookwire_audit' AND column_name = 'at'"))
                .containsExactly("timestamp with time zone");
        execute("INSERT INTO hookwire_setting (name, value) VALUES ('x', 'y')");
        assertThat(column("SELECT value FROM hookwire_setting WHERE name = 'x'")).containsExactly("y");
        assertThat(runner.submit(() -> io.hookwire.host.db.HostSchemaAccess.update(dataSource, host, runner)).get())
                .startsWith("up to date");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> tables() throws SQLException {
        return column("SELECT table_name FROM information_schema.tables WHERE table_schema = '" + schema
                + "' ORDER BY 1");
    }

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
