package io.hookwire.host.migrations;

import java.util.List;

import org.osgi.framework.Bundle;

/**
 * Runs plugins' Liquibase changelogs against the shared database.
 *
 * <p>Every object a changeset creates, alters or drops must be named {@code plugin_<id>__...} (see
 * {@link #prefix(String)}); a changelog that breaks this is refused before anything runs. Each plugin keeps its own
 * changelog tables inside its prefix ({@code plugin_<id>__changelog} and {@code plugin_<id>__changelog_lock}), so
 * that purging a plugin leaves nothing behind and the host's data and other plugins' data are never touched. A
 * changeset that fails half-way is undone, so the database is as it was before it. Implementations are thread-safe
 * but run one plugin's migration at a time.
 */
public interface PluginMigrations {

    /** The name prefix of a plugin's database objects: {@code notes} gives {@code plugin_notes__}. */
    static String prefix(String pluginId) {
        return "plugin_" + pluginId.replace('-', '_') + "__";
    }

    /**
     * Runs the changesets of {@code changelogPath} (a resource of {@code bundle}) that have not run yet.
     *
     * @return the ids of the changesets that ran, in order (empty when all had run before)
     * @throws MigrationException when the changelog is refused or a changeset fails; nothing of that changeset stays
     */
    List<String> migrate(String pluginId, Bundle bundle, String changelogPath) throws MigrationException;

    /**
     * A checksum of the changelog and every file in its folder, to store after a successful {@link #migrate} (in
     * {@code hookwire_plugin.migrated_checksum}): when it has not changed since, the caller need not migrate again,
     * and Liquibase is not even started. Clear the stored one on {@link #purge}.
     *
     * @throws MigrationException (refused) when the bundle has no such changelog
     */
    String checksum(Bundle bundle, String changelogPath) throws MigrationException;

    /** The SQL that {@link #migrate} would run now, without running it. */
    String dryRun(String pluginId, Bundle bundle, String changelogPath) throws MigrationException;

    /**
     * Drops every table, view, sequence and index of the plugin, its changelog tables included.
     *
     * @return the names of what was dropped
     */
    List<String> purge(String pluginId) throws MigrationException;
}
