package io.hookwire.host.migrations;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hookwire.host.liquibase.BundleResourceAccessor;
import io.hookwire.host.liquibase.ChangelogChecksum;
import io.hookwire.host.migrations.MigrationException.Kind;
import liquibase.change.Change;
import liquibase.change.ChangeWithColumns;
import liquibase.change.ColumnConfig;
import liquibase.change.ConstraintsConfig;
import liquibase.change.core.LoadDataChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.Database;
import liquibase.precondition.Precondition;
import liquibase.precondition.PreconditionLogic;
import liquibase.statement.DatabaseFunction;

/**
 * Checks, before anything runs, that a plugin's changelog keeps to its prefix: every object that a change creates,
 * alters, drops or writes to is named {@code plugin_<id>__...} (compared case-insensitively). What cannot be checked
 * is refused: raw SQL ({@code sql}, {@code sqlFile}, {@code createProcedure}, {@code modifySql}, {@code sqlCheck}),
 * code ({@code customChange}, {@code customPrecondition}, {@code executeCommand}), and change types this class does
 * not know. Small raw fragments that Liquibase change types do take (a {@code where}, a view's query, computed values,
 * check constraints) may not hold statement separators or comments, nor name the host's or another plugin's objects.
 *
 * <p>This guards against mistakes and keeps purge exact; it is not a sandbox: a plugin is code in the host's JVM.
 *
 * <p>It also refuses a changeset whose earlier changes could not be undone if a later one failed ({@link
 * ChangesetUndo}): each change but the last must be reversible by Liquibase, or data changes followed only by data.
 */
final class PrefixRules {
    /** Per change type, the parameters that name an object of the database. */
    private static final Map<String, List<String>> OBJECTS = Map.ofEntries(
            Map.entry("createTable", List.of("tableName")),
            Map.entry("dropTable", List.of("tableName")),
            Map.entry("renameTable", List.of("oldTableName", "newTableName")),
            Map.entry("addColumn", List.of("tableName")),
            Map.entry("dropColumn", List.of("tableName")),
            Map.entry("renameColumn", List.of("tableName")),
            Map.entry("modifyDataType", List.of("tableName")),
            Map.entry("mergeColumns", List.of("tableName")),
            Map.entry("addAutoIncrement", List.of("tableName")),
            Map.entry("addDefaultValue", List.of("tableName")),
            Map.entry("dropDefaultValue", List.of("tableName")),
            Map.entry("addNotNullConstraint", List.of("tableName", "constraintName")),
            Map.entry("dropNotNullConstraint", List.of("tableName", "constraintName")),
            Map.entry("addPrimaryKey", List.of("tableName", "constraintName", "forIndexName")),
            Map.entry("dropPrimaryKey", List.of("tableName", "constraintName")),
            Map.entry("addUniqueConstraint", List.of("tableName", "constraintName", "forIndexName")),
            Map.entry("dropUniqueConstraint", List.of("tableName", "constraintName")),
            Map.entry("addForeignKeyConstraint", List.of("baseTableName", "referencedTableName", "constraintName")),
            Map.entry("dropForeignKeyConstraint", List.of("baseTableName", "constraintName")),
            Map.entry("dropAllForeignKeyConstraints", List.of("baseTableName")),
            Map.entry("addLookupTable", List.of("existingTableName", "newTableName", "constraintName")),
            Map.entry("createIndex", List.of("tableName", "indexName")),
            Map.entry("dropIndex", List.of("tableName", "indexName")),
            Map.entry("createView", List.of("viewName")),
            Map.entry("dropView", List.of("viewName")),
            Map.entry("renameView", List.of("oldViewName", "newViewName")),
            Map.entry("createSequence", List.of("sequenceName")),
            Map.entry("alterSequence", List.of("sequenceName")),
            Map.entry("dropSequence", List.of("sequenceName")),
            Map.entry("renameSequence", List.of("oldSequenceName", "newSequenceName")),
            Map.entry("dropProcedure", List.of("procedureName")),
            Map.entry("setTableRemarks", List.of("tableName")),
            Map.entry("setColumnRemarks", List.of("tableName")),
            Map.entry("insert", List.of("tableName")),
            Map.entry("update", List.of("tableName")),
            Map.entry("delete", List.of("tableName")),
            Map.entry("loadData", List.of("tableName")),
            Map.entry("loadUpdateData", List.of("tableName")),
            Map.entry("tagDatabase", List.of()),
            Map.entry("output", List.of()),
            Map.entry("empty", List.of()),
            Map.entry("stop", List.of()));
    /** Per change type, the parameters that hold a fragment of raw SQL. */
    private static final Map<String, List<String>> FRAGMENTS = Map.of("createView", List.of("selectQuery"),
            "update", List.of("where"), "delete", List.of("where"));
    private static final Set<String> RAW = Set.of("sql", "sqlFile", "createProcedure", "createFunction",
            "customChange", "executeCommand");
    private static final Set<String> DATA = Set.of("insert", "update", "delete", "loadData", "loadUpdateData");
    /** Preconditions that only read the catalog or the changelog. */
    private static final Set<String> PRECONDITIONS = Set.of("and", "or", "not", "preConditions", "dbms", "runningAs",
            "tableExists", "columnExists", "viewExists", "indexExists", "sequenceExists", "primaryKeyExists",
            "foreignKeyConstraintExists", "changeSetExecuted", "changeLogPropertyDefined", "expectedQuotingStrategy",
            "tableIsEmpty", "rowCount");
    /** Names of the host's, Liquibase's and other plugins' objects, looked for in raw fragments. */
    private static final Pattern FOREIGN_NAME = Pattern.compile(
            "(?i)\\b(hookwire_\\w*|plugin_\\w+|databasechangelog\\w*)");

    private final String prefix;
    private final String folder;
    private final Database database;

    /**
     * @param prefix the plugin's prefix, lower case ({@code plugin_notes__})
     * @param folder the changelog's folder in the bundle ({@code db/}, or empty for the root); every file of the
     *     changelog must be in it, so that {@link ChangelogChecksum} sees every change
     */
    PrefixRules(String prefix, String folder, Database database) {
        this.prefix = prefix;
        this.folder = folder;
        this.database = database;
    }

    void check(DatabaseChangeLog changelog) throws MigrationException {
        checkPreconditions(null, changelog.getPreconditions());
        for (ChangeSet changeSet : changelog.getChangeSets()) {
            String id = id(changeSet);
            if (!changeSet.getFilePath().replace('\\', '/').replaceFirst("^/", "").startsWith(folder)) {
                throw refuse(id, null, "its file is outside the changelog's folder '" + folder + "': keep every"
                        + " file of the changelog there, so that a change in any of them is seen");
            }
            if (Boolean.FALSE.equals(changeSet.getFailOnError())) {
                throw refuse(id, null, "failOnError=\"false\" would record a failed changeset as run");
            }
            if (!changeSet.getSqlVisitors().isEmpty()) {
                throw refuse(id, null, "modifySql rewrites the generated SQL, which cannot be checked");
            }
            checkPreconditions(id, changeSet.getPreconditions());
            List<Change> changes = changeSet.getChanges();
            for (int i = 0; i < changes.size(); i++) {
                checkChange(id, changes.get(i));
                checkDataFile(id, changeSet, changes.get(i));
                checkUndoable(id, changeSet, changes, i);
            }
            for (Change change : changeSet.getRollback().getChanges()) {
                checkChange(id, change);
            }
        }
    }

    /** A loadData file is part of the changelog: it must be in its folder too, for the checksum to see it. */
    private void checkDataFile(String id, ChangeSet changeSet, Change change) throws MigrationException {
        if (change instanceof LoadDataChange load && load.getFile() != null) {
            String file = Boolean.TRUE.equals(load.isRelativeToChangelogFile())
                    ? ChangelogChecksum.folderOf(changeSet.getFilePath()) + load.getFile() : load.getFile();
            if (!BundleResourceAccessor.normalize(file).startsWith(folder)) {
                throw refuse(id, null, change.getSerializedObjectName() + " reads " + load.getFile() + ", which is"
                        + " outside the changelog's folder '" + folder + "'");
            }
        }
    }

    static String id(ChangeSet changeSet) {
        return changeSet.getId() + "::" + changeSet.getAuthor() + "::" + changeSet.getFilePath();
    }

    private void checkChange(String id, Change change) throws MigrationException {
        String type = change.getSerializedObjectName();
        if (RAW.contains(type)) {
            throw refuse(id, null, type + " runs SQL or code that cannot be checked for the prefix " + prefix
                    + ": write it with Liquibase's change types (createTable, addColumn, insert, ...)");
        }
        List<String> objects = OBJECTS.get(type);
        if (objects == null || !change.getClass().getPackageName().equals("liquibase.change.core")) {
            throw refuse(id, null, "change type '" + type + "' is not supported for plugins (it cannot be checked"
                    + " for the prefix " + prefix + ")");
        }
        for (String field : change.getSerializableFields()) {
            Object value = change.getSerializableFieldValue(field);
            if (value != null && (field.endsWith("chemaName") || field.endsWith("atalogName"))) {
                throw refuse(id, value.toString(), type + " names the schema or catalog '" + value + "': a plugin's"
                        + " objects live in the database's default schema");
            }
        }
        for (String field : objects) {
            Object name = change.getSerializableFieldValue(field);
            if (name != null) {
                requirePrefix(id, type, name.toString());
            }
        }
        for (String field : FRAGMENTS.getOrDefault(type, List.of())) {
            Object sql = change.getSerializableFieldValue(field);
            if (sql != null) {
                checkFragment(id, type + " " + field, sql.toString());
            }
        }
        if (change instanceof ChangeWithColumns<?> withColumns && withColumns.getColumns() != null) {
            for (ColumnConfig column : withColumns.getColumns()) {
                checkColumn(id, type, column);
            }
        }
    }

    private void checkColumn(String id, String type, ColumnConfig column) throws MigrationException {
        if (Boolean.TRUE.equals(column.getComputed())) {
            checkFragment(id, type + " computed column", column.getName());
        }
        for (DatabaseFunction f : new DatabaseFunction[] {column.getValueComputed(), column.getDefaultValueComputed()}) {
            if (f != null) {
                checkFragment(id, type + " computed value", f.getValue());
            }
        }
        ConstraintsConfig constraints = column.getConstraints();
        if (constraints == null) {
            return;
        }
        if (constraints.getReferencedTableSchemaName() != null || constraints.getReferencedTableCatalogName() != null) {
            throw refuse(id, constraints.getReferencedTableName(), type + " references a table in another schema");
        }
        for (String name : new String[] {constraints.getPrimaryKeyName(), constraints.getForeignKeyName(),
                constraints.getUniqueConstraintName(), constraints.getNotNullConstraintName(),
                constraints.getReferencedTableName()}) {
            if (name != null) {
                requirePrefix(id, type, name);
            }
        }
        if (constraints.getReferences() != null) { // "table(column)"
            requirePrefix(id, type, constraints.getReferences().replaceFirst("\\(.*", "").trim());
        }
        if (constraints.getCheckConstraint() != null) {
            checkFragment(id, type + " check constraint", constraints.getCheckConstraint());
        }
    }

    /**
     * An earlier change must be reversible by Liquibase, or be a data change followed only by data changes in the
     * changeset's transaction (the rollback of that transaction undoes them; DDL would have committed them on H2).
     */
    private void checkUndoable(String id, ChangeSet changeSet, List<Change> changes, int i)
            throws MigrationException {
        if (i == changes.size() - 1) {
            return;
        }
        Change change = changes.get(i);
        String type = change.getSerializedObjectName();
        boolean dataOnly = DATA.contains(type) && changeSet.isRunInTransaction()
                && changes.subList(i + 1, changes.size()).stream()
                        .allMatch(c -> DATA.contains(c.getSerializedObjectName()));
        if (!dataOnly && (DATA.contains(type) || !change.supportsRollback(database))) {
            String object = objectOf(change);
            throw refuse(id, object, type + (object == null ? "" : " of " + object) + " cannot be undone if a later change of the same changeset"
                    + " fails: put it in a changeset of its own, or last in its changeset");
        }
    }

    private void checkPreconditions(String id, Precondition precondition) throws MigrationException {
        if (precondition == null) {
            return;
        }
        if (!PRECONDITIONS.contains(precondition.getName())) {
            throw refuse(id, null, "precondition '" + precondition.getName() + "' runs SQL or code that cannot be"
                    + " checked");
        }
        if (precondition instanceof PreconditionLogic logic) {
            for (Precondition nested : logic.getNestedPreconditions()) {
                checkPreconditions(id, nested);
            }
        }
    }

    private void requirePrefix(String id, String type, String name) throws MigrationException {
        String lower = name.replace("\"", "").replace("`", "").trim().toLowerCase(Locale.ROOT);
        if (!lower.startsWith(prefix) || lower.length() == prefix.length()) {
            throw refuse(id, name, type + " names '" + name + "', which is outside this plugin's prefix: every"
                    + " object that a changeset creates, alters or drops must be named " + prefix + "...");
        }
        if (lower.equals(prefix + "changelog") || lower.equals(prefix + "changelog_lock")) {
            throw refuse(id, name, type + " names '" + name + "', which is Liquibase's own table for this plugin");
        }
    }

    private void checkFragment(String id, String where, String sql) throws MigrationException {
        if (sql.contains(";") || sql.contains("--") || sql.contains("/*")) {
            throw refuse(id, null, where + " '" + sql + "' holds a statement separator or a comment");
        }
        Matcher m = FOREIGN_NAME.matcher(sql);
        while (m.find()) {
            String lower = m.group(1).toLowerCase(Locale.ROOT);
            if (!lower.startsWith(prefix) || lower.equals(prefix + "changelog")
                    || lower.equals(prefix + "changelog_lock")) {
                throw refuse(id, m.group(1), where + " names '" + m.group(1) + "', which is outside this plugin's"
                        + " prefix " + prefix);
            }
        }
    }

    private static String objectOf(Change change) {
        for (String field : List.of("tableName", "baseTableName", "viewName", "sequenceName", "indexName")) {
            if (change.getSerializableFields().contains(field) && change.getSerializableFieldValue(field) != null) {
                return change.getSerializableFieldValue(field).toString();
            }
        }
        return null;
    }

    private static MigrationException refuse(String changeset, String object, String why) {
        return new MigrationException(Kind.REFUSED, changeset, object, "changeset " + (changeset == null
                ? "(changelog preconditions)" : changeset) + " refused: " + why, null);
    }
}
