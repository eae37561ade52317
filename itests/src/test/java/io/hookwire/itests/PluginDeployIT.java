package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;
import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;

/**
 * The deploy folder, as an operator uses it: jars copied into the real runtime's {@code deploy/} folder (watched by
 * FileInstall), the plugins' states read from the admin REST API over HTTP, their tables from the real database.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginDeployIT extends RuntimeTestSupport {
    /** How long a deploy may take here: the poll is 500 ms, the rest is the framework's and the database's. */
    private static final int DEPLOY_SECONDS = 60;

    @Inject
    @Filter("(hookwire.datasource=main)")
    private DataSource database;



    @Test
    public void aDroppedPluginRunsItsMigrationsUpdatesInPlaceAndLeavesItsDataWhenDeleted() throws Exception {
        String file = TestArtifacts.plugin("migration").getFileName().toString();
        TestArtifacts.deploy("migration", deploy);
        assertThat(http.await("/api/v1/test-migration/version", 200, DEPLOY_SECONDS).json().get("version").asInt())
                .isEqualTo(1);
        JsonNode v1 = admin.awaitState("test-migration", "ACTIVE", 10);
        assertThat(v1.get("version").asText()).isEqualTo("1.0.0");
        assertThat(v1.get("migrations").asText()).isEqualTo("db/changelog.xml");
        assertThat(http.send("POST", "/api/v1/test-migration/items", "{\"name\":\"kept\"}").status()).isEqualTo(201);

        // a new version copied over the old one: updated in place, its new changeset run, the rows still there
        TestArtifacts.deploy("migration-v2", deploy, file);
        http.await("/api/v1/test-migration/version", 200, DEPLOY_SECONDS);
        awaitVersion(2);
        assertThat(admin.awaitState("test-migration", "ACTIVE", 10).get("version").asText()).isEqualTo("2.0.0");
        assertThat(columns("PLUGIN_TEST_MIGRATION__ITEMS")).contains("ID", "NAME", "NOTE");
        assertThat(http.get("/api/v1/test-migration/items").json().get("items").get(0).get("name").asText())
                .isEqualTo("kept");

        // deleted: uninstalled, its endpoint gone, its table and rows kept
        Files.delete(deploy.resolve(file));
        http.await("/api/v1/test-migration/version", 404, DEPLOY_SECONDS);
        JsonNode gone = admin.awaitPlugin("test-migration", p -> !p.get("installed").asBoolean(), 10, "uninstalled");
        assertThat(gone.get("reason").asText()).contains("data is kept");
        assertThat(rows("select name from plugin_test_migration__items")).containsExactly("kept");
    }

    @Test
    public void anUpdatedExamplePluginAnswersWithItsNewCodeAndCanGoBack() throws Exception {
        String file = TestArtifacts.example("user-greeter").getFileName().toString();
        try {
            TestArtifacts.deploy("greeter-v2", deploy, file);
            awaitGreeting("Howdy, Ada!");
            assertThat(admin.awaitState("user-greeter", "ACTIVE", 10).get("version").asText()).isEqualTo("2.0.0");
        } finally {
            TestArtifacts.deployExample("user-greeter", deploy);
        }
        awaitGreeting("Hello, Ada! Welcome to Hookwire.");
    }

    @Test
    public void bundlesThatCannotRunGetTheirReasonsAndDisturbNothing() throws Exception {
        TestArtifacts.deploy("bad-activator", deploy);
        TestArtifacts.deploy("bad-component", deploy);
        TestArtifacts.deploy("unresolvable", deploy);

        JsonNode activator = admin.awaitPlugin("test-bad-activator",
                p -> p.get("reason").asText().contains("failed to activate"), DEPLOY_SECONDS, "an activation failure");
        assertThat(activator.get("state").asText()).isEqualTo("ENABLED"); // and not running: the reason says why
        assertThat(activator.get("reason").asText()).contains("bundle activator fails on purpose");

        JsonNode component = admin.awaitPlugin("test-bad-component",
                p -> p.get("reason").asText().contains("activation fails on purpose"), DEPLOY_SECONDS,
                "a component failure");
        assertThat(component.get("state").asText()).isNotEqualTo("ACTIVE");

        JsonNode unresolvable = admin.awaitPlugin("test-unresolvable",
                p -> p.get("reason").asText().contains("failed to resolve"), DEPLOY_SECONDS, "a resolve failure");
        assertThat(unresolvable.get("reason").asText()).contains("com.example.nowhere");
        assertThat(http.get("/api/v1/test-unresolvable/ping").status()).isEqualTo(404);

        assertThat(admin.plugin("user-greeter").get("state").asText()).isEqualTo("ACTIVE");
        assertThat(http.get("/api/v1/greeter/greet?name=Ada").status()).isEqualTo(200);
    }

    @Test
    public void aCorruptJarAPlainJarAndADuplicatePluginIdAreRefusedWithTheirReasons() throws Exception {
        TestArtifacts.corruptJar(deploy);
        TestArtifacts.plainJar(deploy);
        TestArtifacts.deploy("duplicate", deploy);

        assertThat(admin.awaitProblem("corrupt.jar", DEPLOY_SECONDS).get("reason").asText()).contains("not a jar");
        assertThat(admin.awaitProblem("plain.jar", DEPLOY_SECONDS).get("reason").asText())
                .contains("not an OSGi bundle");
        String duplicate = TestArtifacts.plugin("duplicate").getFileName().toString();
        JsonNode refused = admin.awaitProblem(duplicate, DEPLOY_SECONDS);
        assertThat(refused.get("pluginId").asText()).isEqualTo("user-greeter");
        assertThat(refused.get("reason").asText()).contains("plugin id 'user-greeter' is already used");

        // the plugin that was there goes on untouched, and the duplicate never runs
        JsonNode greeter = admin.plugin("user-greeter");
        assertThat(greeter.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(greeter.get("location").asText()).doesNotContain(duplicate);
        assertThat(http.get("/api/v1/user-greeter/ping").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/greeter/greet?name=Ada").status()).isEqualTo(200);
    }

    @Test
    public void aMigrationOutsideItsPrefixIsRefusedBeforeAnythingRuns() throws Exception {
        TestArtifacts.deploy("migration-outside", deploy);
        JsonNode refused = admin.awaitPlugin("test-migration-outside",
                p -> p.get("reason").asText().contains("migration refused"), DEPLOY_SECONDS, "a refused migration");
        assertThat(refused.get("state").asText()).isEqualTo("ENABLED"); // and not running: the reason says why
        assertThat(refused.get("reason").asText()).containsIgnoringCase("evil_table")
                .contains("plugin_test_migration_outside__");
        assertThat(tables()).noneMatch(t -> t.equalsIgnoreCase("evil_table"));
        assertThat(http.get("/api/v1/test-migration-outside/ping").status()).isEqualTo(404);
    }

    @Test
    public void aMigrationThatFailsHalfWayIsRolledBackAndItsDryRunShowsTheSql() throws Exception {
        TestArtifacts.deploy("migration-halfway", deploy);
        JsonNode failed = admin.awaitPlugin("test-migration-halfway",
                p -> p.get("reason").asText().contains("migration failed"), DEPLOY_SECONDS, "a failed migration");
        assertThat(failed.get("state").asText()).isEqualTo("ENABLED"); // and not running: the reason says why
        assertThat(tables()).noneMatch(t -> t.equalsIgnoreCase("plugin_test_migration_halfway__first"));
        assertThat(http.get("/api/v1/test-migration-halfway/ping").status()).isEqualTo(404);

        Http.Answer dryRun = admin.get("plugins/test-migration-halfway/migrations/dry-run");
        assertThat(dryRun.status()).isEqualTo(200);
        assertThat(dryRun.json().get("sql").asText()).containsIgnoringCase("create table")
                .containsIgnoringCase("plugin_test_migration_halfway__first");
        assertThat(tables()).as("a dry run changes nothing")
                .noneMatch(t -> t.equalsIgnoreCase("plugin_test_migration_halfway__first"));
    }

    private void awaitVersion(int version) throws Exception {
        for (int i = 0; i < DEPLOY_SECONDS * 10; i++) {
            Http.Answer answer = http.get("/api/v1/test-migration/version");
            if (answer.status() == 200 && answer.json().get("version").asInt() == version) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("version " + version + " of test-migration never answered");
    }

    private void awaitGreeting(String start) throws Exception {
        String last = null;
        for (int i = 0; i < DEPLOY_SECONDS * 10; i++) {
            Http.Answer answer = http.get("/api/v1/greeter/greet?name=Ada");
            last = answer.status() + " " + answer.body();
            if (answer.status() == 200 && answer.json().get("message").asText().startsWith(start)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the greeter never answered '" + start + "...'; last: " + last);
    }

    private List<String> tables() throws SQLException {
        return rows("select table_name from information_schema.tables where table_schema = 'PUBLIC'");
    }

    private List<String> columns(String table) throws SQLException {
        return rows("select column_name from information_schema.columns where table_name = '" + table + "'");
    }

    private List<String> rows(String sql) throws SQLException {
        try (Connection c = database.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (r.next()) {
                values.add(r.getString(1));
            }
            return values;
        }
    }
}
