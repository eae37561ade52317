package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The database in the real runtime: the pooled DataSource service, the host's tables in an H2 file in the data
 * folder, and plugin changelogs carried by bundles made on the fly, migrated through the PluginMigrations service
 * (applied, refused, dry-run, purged). Liquibase runs inside the framework here, on the host's Liquibase thread.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class DatabaseIT extends RuntimeTestSupport {
    /** The service's type; its package is private to the host, so the test calls it reflectively. */
    private static final String MIGRATIONS = "io.hookwire.host.migrations.PluginMigrations";

    @Inject
    @Filter(value = "(hookwire.datasource=main)", timeout = 120_000)
    private DataSource dataSource;

    @Test
    public void theDataSourceServesTheHostTablesFromAnH2FileInTheDataFolder() throws Exception {
        ServiceReference<DataSource> ref = context.getServiceReferences(DataSource.class,
                "(hookwire.datasource=main)").iterator().next();
        assertThat(ref.getProperty("hookwire.datasource")).isEqualTo("main");
        assertThat(ref.getBundle().getSymbolicName()).isEqualTo("io.hookwire.plugin.host");
        try (Connection c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("H2");
            for (String table : List.of("hookwire_plugin", "hookwire_plugin_tenant", "hookwire_deploy_problem",
                    "hookwire_audit", "hookwire_setting", "hookwire_admin_user", "hookwire_changelog")) {
                assertThat(count(c, "SELECT COUNT(*) FROM " + table)).as(table).isGreaterThanOrEqualTo(0);
            }
            assertThat(count(c, "SELECT COUNT(*) FROM hookwire_changelog")).isEqualTo(hostChangeSets());
            assertThat(count(c, "SELECT COUNT(*) FROM hookwire_setting WHERE name = 'hookwire.schema.checksum'"))
                    .isEqualTo(1);
        }
        Path data = Path.of(context.getProperty("hookwire.data"));
        assertThat(data.resolve("db").resolve("hookwire.mv.db")).isRegularFile();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                .noneMatch(n -> n.startsWith("H2 TCP Server") || n.startsWith("H2 Console Server")
                        || n.startsWith("H2 PG Server"));
    }

    @Test
    public void aPluginChangelogIsDryRunThenAppliedOnceThenPurged() throws Throwable {
        Object migrations = migrations();
        // no Plugin-Id: the plugin manager leaves the bundle alone, and this test drives the migrations itself
        Bundle plugin = context.installBundle("itest:notes", TestBundleJar.of("itest.notes", Map.of(),
                Map.of("db/changelog.xml", TestBundleJar.changelog(changeSet("1", createTable("plugin_itest_notes__note")),
                        "<include file=\"changes/002.xml\" relativeToChangelogFile=\"true\"/>"),
                        "db/changes/002.xml", TestBundleJar.changelog(changeSet("2",
                                "<addColumn tableName=\"plugin_itest_notes__note\">"
                                        + "<column name=\"body\" type=\"varchar(4000)\"/></addColumn>")))));
        try {
            String sql = (String) call(migrations, "dryRun", "itest-notes", plugin, "db/changelog.xml");
            assertThat(sql).containsIgnoringCase("CREATE TABLE PUBLIC.plugin_itest_notes__note")
                    .containsIgnoringCase("ALTER TABLE PUBLIC.plugin_itest_notes__note ADD body");
            assertThat(tableCount("PLUGIN_ITEST_NOTES__NOTE")).isZero();

            assertThat(call(migrations, "migrate", "itest-notes", plugin, "db/changelog.xml"))
                    .isEqualTo(List.of("1::itest::db/changelog.xml", "2::itest::db/changes/002.xml"));
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("INSERT INTO plugin_itest_notes__note (id, title, body) VALUES (1, 'hello', 'world')");
                assertThat(count(c, "SELECT COUNT(*) FROM plugin_itest_notes__note")).isEqualTo(1);
            }
            assertThat(call(migrations, "migrate", "itest-notes", plugin, "db/changelog.xml")).isEqualTo(List.of());
            assertThat((String) call(migrations, "checksum", plugin, "db/changelog.xml")).startsWith("sha256:");

            assertThat((List<?>) call(migrations, "purge", "itest-notes")).hasSize(3);
            assertThat(tableCount("PLUGIN_ITEST_NOTES__NOTE")).isZero();
            assertThat(tableCount("HOOKWIRE_PLUGIN")).isOne();
        } finally {
            plugin.uninstall();
        }
    }

    @Test
    public void aChangelogThatTouchesATableOutsideItsPrefixIsRefusedAndNothingRuns() throws Throwable {
        Object migrations = migrations();
        Bundle plugin = context.installBundle("itest:evil", TestBundleJar.of("itest.evil", Map.of(),
                Map.of("db/changelog.xml", TestBundleJar.changelog(changeSet("1", createTable("plugin_evil__ok")),
                        changeSet("2", "<dropTable tableName=\"hookwire_admin_user\"/>")))));
        try {
            Throwable refused = thrown(() -> call(migrations, "migrate", "evil", plugin, "db/changelog.xml"));
            assertThat(refused.getClass().getName()).isEqualTo("io.hookwire.host.migrations.MigrationException");
            assertThat(refused.getClass().getMethod("kind").invoke(refused)).hasToString("REFUSED");
            assertThat(refused.getMessage()).contains("2::itest::db/changelog.xml").contains("hookwire_admin_user");
            assertThat(tableCount("PLUGIN_EVIL__OK")).isZero();
            assertThat(tableCount("HOOKWIRE_ADMIN_USER")).isOne();
            assertThat(thrown(() -> call(migrations, "dryRun", "evil", plugin, "db/changelog.xml")).getMessage())
                    .contains("hookwire_admin_user");
        } finally {
            plugin.uninstall();
        }
    }

    @Test
    public void theDataSourceIsWithdrawnWhileItsDriverIsStoppedAndComesBackWithIt() throws Exception {
        ServiceTracker<DataSource, DataSource> main = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=javax.sql.DataSource)(hookwire.datasource=main))"), null);
        main.open();
        Bundle h2 = bundle("com.h2database");
        try {
            assertThat(main.waitForService(60_000)).isNotNull();
            h2.stop();
            assertThat(main.getService()).as("withdrawn with its driver").isNull();
            h2.start();
            DataSource back = main.waitForService(60_000);
            assertThat(back).as("registered again").isNotNull();
            try (Connection c = back.getConnection()) {
                assertThat(count(c, "SELECT COUNT(*) FROM hookwire_changelog")).isEqualTo(hostChangeSets());
            }
        } finally {
            if (h2.getState() != Bundle.ACTIVE) {
                h2.start();
            }
            main.close();
        }
    }

    /**
     * STACK.md's trap 8, as it stands in this runtime: once Liquibase's bundle is active, SPI Fly (start level 1) hands
     * it its own services even on a thread without a context class loader. The host still sets that loader on its
     * Liquibase thread, because the host's first update can run before Liquibase's bundle has started (both start at
     * level 10, H2 first), when SPI Fly has not registered Liquibase's services yet.
     */
    @Test
    public void liquibaseFindsItsServicesThroughSpiFlyOnceActive() throws Exception {
        Bundle liquibase = bundle("org.liquibase.core");
        assertThat(liquibase.getState()).isEqualTo(Bundle.ACTIVE);
        Object[] found = new Object[1];
        Thread thread = new Thread(() -> {
            try {
                Class<?> factory = liquibase.loadClass("liquibase.database.DatabaseFactory");
                Object instance = factory.getMethod("getInstance").invoke(null);
                found[0] = factory.getMethod("getImplementedDatabases").invoke(instance);
            } catch (Throwable e) {
                found[0] = e;
            }
        }, "without-context-class-loader");
        thread.setContextClassLoader(null);
        thread.start();
        thread.join(60_000);
        assertThat(found[0]).isInstanceOf(java.util.Collection.class);
        assertThat((java.util.Collection<?>) found[0]).extracting(d -> d.getClass().getSimpleName())
                .contains("H2Database", "PostgresDatabase");
    }

    private Object migrations() throws Exception {
        ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
                context.createFilter("(objectClass=" + MIGRATIONS + ")"), null);
        tracker.open(true);
        Object service = tracker.waitForService(60_000);
        assertThat(service).as("the PluginMigrations service").isNotNull();
        return service;
    }

    /** Calls a method of the service by name, and throws what it threw. */
    private static Object call(Object service, String name, Object... args) throws Throwable {
        for (Method m : service.getClass().getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                try {
                    return m.invoke(service, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        }
        throw new NoSuchMethodException(name);
    }

    private interface Call {
        Object run() throws Throwable;
    }

    private static Throwable thrown(Call call) {
        try {
            call.run();
        } catch (Throwable t) {
            return t;
        }
        throw new AssertionError("nothing was thrown");
    }

    private long tableCount(String table) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return count(c, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = '" + table + "'");
        }
    }

    /** How many changesets the host's changelog has: each one must have been applied. */
    private long hostChangeSets() throws java.io.IOException {
        try (java.io.InputStream in = bundle("io.hookwire.plugin.host").getEntry("db/hookwire-changelog.xml")
                .openStream()) {
            String changelog = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return java.util.regex.Pattern.compile("<changeSet ").matcher(changelog).results().count();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String changeSet(String id, String changes) {
        return "<changeSet id=\"" + id + "\" author=\"itest\">" + changes + "</changeSet>";
    }

    private static String createTable(String table) {
        return "<createTable tableName=\"" + table + "\"><column name=\"id\" type=\"bigint\">"
                + "<constraints primaryKey=\"true\"/></column><column name=\"title\" type=\"varchar(100)\"/>"
                + "</createTable>";
    }
}
