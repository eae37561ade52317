package io.hookwire.host.migrations;

import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import io.hookwire.host.liquibase.BundleResourceAccessor;
import io.hookwire.host.liquibase.ChangelogChecksum;
import io.hookwire.host.liquibase.LiquibaseDatabases;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.StaleLocks;
import io.hookwire.host.migrations.MigrationException.Kind;
import io.hookwire.host.runtime.HostSettings;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.exception.LiquibaseException;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.ResourceAccessor;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Plugin migrations with Liquibase, on the host's database. Every call runs on the Liquibase thread ({@link
 * LiquibaseRunner}), so one migration runs at a time, and Liquibase's start-up is paid once per runtime. Before
 * Liquibase runs anything, the changelog is checked ({@link PrefixRules}) and a stale lock of the plugin is released
 * ({@link StaleLocks}); a changeset that fails is undone ({@link ChangesetUndo}).
 */
@Component(service = PluginMigrations.class)
public final class LiquibasePluginMigrations implements PluginMigrations {
    /** Lower-case letters and digits in words joined by single dashes: prefixes of two ids never overlap. */
    private static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private final DataSource dataSource;
    private final LiquibaseRunner runner;
    private final StaleLocks.Policy lockPolicy;
    private final Logger log;

    @Activate
    public LiquibasePluginMigrations(@Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference LiquibaseRunner runner, BundleContext context,
            @Reference(service = LoggerFactory.class) Logger log) {
        this(dataSource, runner, lockPolicy(new HostSettings(context::getProperty, System.getenv())), log);
    }

    /** For tests: a log may be {@code null}. */
    public LiquibasePluginMigrations(DataSource dataSource, LiquibaseRunner runner, StaleLocks.Policy lockPolicy,
            Logger log) {
        this.dataSource = dataSource;
        this.runner = runner;
        this.lockPolicy = lockPolicy;
        this.log = log;
    }

    private static StaleLocks.Policy lockPolicy(HostSettings settings) {
        return StaleLocks.Policy.of(settings.dbUrl(), Duration.ofMinutes(settings.dbStaleLockMinutes()));
    }

    @Override
    public String checksum(Bundle bundle, String changelogPath) throws MigrationException {
        String checksum = ChangelogChecksum.of(bundle, changelogPath);
        if (checksum == null) {
            throw missing(bundle, changelogPath);
        }
        return checksum;
    }

    @Override
    public List<String> migrate(String pluginId, Bundle bundle, String changelogPath) throws MigrationException {
        String prefix = prefixOf(pluginId);
        return onLiquibaseThread(() -> {
            long start = System.nanoTime();
            try (Connection connection = dataSource.getConnection()) {
                String released = StaleLocks.releaseIfStale(connection, prefix + "changelog_lock", lockPolicy);
                if (released != null && log != null) {
                    log.warn("Plugin " + pluginId + ": " + released);
                }
                Database database = LiquibaseDatabases.open(connection, prefix);
                try {
                    ResourceAccessor resources = new BundleResourceAccessor(bundle);
                    DatabaseChangeLog changelog = checkedChangelog(prefix, bundle, changelogPath, resources, database);
                    ChangesetUndo undo = new ChangesetUndo(connection, prefix);
                    Liquibase liquibase = new Liquibase(changelog, resources, database);
                    liquibase.setChangeExecListener(undo);
                    try {
                        liquibase.update(new Contexts(), new LabelExpression());
                    } catch (LiquibaseException | RuntimeException e) {
                        MigrationException failure = undo.failure(database, e);
                        if (log != null) {
                            log.error("Plugin " + pluginId + ": " + failure.getMessage(), e);
                        }
                        throw failure;
                    }
                    if (log != null && !undo.ran().isEmpty()) {
                        log.info("Plugin " + pluginId + ": ran " + undo.ran().size() + " changeset(s) in "
                                + (System.nanoTime() - start) / 1_000_000 + " ms");
                    }
                    return undo.ran();
                } finally {
                    LiquibaseDatabases.close(database);
                }
            }
        });
    }

    @Override
    public String dryRun(String pluginId, Bundle bundle, String changelogPath) throws MigrationException {
        String prefix = prefixOf(pluginId);
        return onLiquibaseThread(() -> {
            try (Connection connection = dataSource.getConnection()) {
                StaleLocks.releaseIfStale(connection, prefix + "changelog_lock", lockPolicy);
                Database database = LiquibaseDatabases.open(connection, prefix);
                try {
                    ResourceAccessor resources = new BundleResourceAccessor(bundle);
                    DatabaseChangeLog changelog = checkedChangelog(prefix, bundle, changelogPath, resources, database);
                    StringWriter sql = new StringWriter();
                    new Liquibase(changelog, resources, database).update(new Contexts(), new LabelExpression(), sql);
                    return sql.toString();
                } catch (LiquibaseException e) {
                    throw new MigrationException(Kind.FAILED, null, null, "the dry run of plugin " + pluginId
                            + " failed: " + ChangesetUndo.rootMessage(e), e);
                } finally {
                    LiquibaseDatabases.close(database);
                }
            }
        });
    }

    @Override
    public List<String> purge(String pluginId) throws MigrationException {
        String prefix = prefixOf(pluginId);
        return onLiquibaseThread(() -> {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                List<String> dropped = Purge.dropAll(connection, prefix);
                if (log != null) {
                    log.info("Plugin " + pluginId + ": purged " + dropped);
                }
                return dropped;
            } catch (SQLException e) {
                throw new MigrationException(Kind.FAILED, null, null, "purging plugin " + pluginId + " failed: "
                        + e.getMessage(), e);
            }
        });
    }

    private static DatabaseChangeLog checkedChangelog(String prefix, Bundle bundle, String path,
            ResourceAccessor resources, Database database) throws MigrationException {
        if (ChangelogChecksum.of(bundle, path) == null) {
            throw missing(bundle, path);
        }
        DatabaseChangeLog changelog;
        try {
            String entry = path.replaceFirst("^/+", "");
            changelog = ChangeLogParserFactory.getInstance().getParser(entry, resources)
                    .parse(entry, new ChangeLogParameters(database), resources);
        } catch (LiquibaseException e) {
            throw new MigrationException(Kind.REFUSED, null, null, "the changelog " + path + " of "
                    + bundle.getSymbolicName() + " cannot be read: " + ChangesetUndo.rootMessage(e), e);
        }
        new PrefixRules(prefix, ChangelogChecksum.folderOf(path), database).check(changelog);
        return changelog;
    }

    private static MigrationException missing(Bundle bundle, String path) {
        return new MigrationException(Kind.REFUSED, null, null, "the bundle " + bundle.getSymbolicName() + " has no"
                + " changelog " + path + " (its Plugin-Migrations header names it)", null);
    }

    static String prefixOf(String pluginId) throws MigrationException {
        if (pluginId == null || pluginId.length() > 40 || !PLUGIN_ID.matcher(pluginId).matches()) {
            throw new MigrationException(Kind.REFUSED, null, null, "plugin id '" + pluginId + "' must be lower-case"
                    + " letters and digits in words joined by single dashes (at most 40 characters)", null);
        }
        return PluginMigrations.prefix(pluginId);
    }

    private interface Task<T> {
        T run() throws Exception;
    }

    private <T> T onLiquibaseThread(Task<T> task) throws MigrationException {
        try {
            return runner.call(task::run);
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException(Kind.FAILED, null, null, ChangesetUndo.rootMessage(e), e);
        }
    }
}
