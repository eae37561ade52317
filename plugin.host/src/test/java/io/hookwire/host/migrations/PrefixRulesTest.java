package io.hookwire.host.migrations;

import static io.hookwire.host.migrations.Changelogs.changeSet;
import static io.hookwire.host.migrations.Changelogs.createTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of change that reaches outside plugin_notes__ is refused before anything runs, naming the culprit. */
class PrefixRulesTest extends MigrationFixture {

    static Stream<Arguments> refused() {
        String t = createTable("plugin_notes__note");
        return Stream.of(
                Arguments.of("createTable", createTable("note"), "note"),
                Arguments.of("createTable in upper case elsewhere", createTable("PLUGIN_OTHER__NOTE"), "PLUGIN_OTHER__NOTE"),
                Arguments.of("a prefix that only starts alike", createTable("plugin_notes_x"), "plugin_notes_x"),
                Arguments.of("a column's foreign key", "<createTable tableName=\"plugin_notes__a\"><column name=\"p\""
                        + " type=\"varchar(40)\"><constraints foreignKeyName=\"plugin_notes__a_fk\""
                        + " referencedTableName=\"hookwire_plugin\" referencedColumnNames=\"plugin_id\"/></column>"
                        + "</createTable>", "hookwire_plugin"),
                Arguments.of("a column's references", "<createTable tableName=\"plugin_notes__a\"><column name=\"p\""
                        + " type=\"varchar(40)\"><constraints foreignKeyName=\"plugin_notes__a_fk\""
                        + " references=\"hookwire_plugin(plugin_id)\"/></column></createTable>", "hookwire_plugin"),
                Arguments.of("a primary key's name", "<createTable tableName=\"plugin_notes__a\"><column name=\"id\""
                        + " type=\"int\"><constraints primaryKey=\"true\" primaryKeyName=\"pk_a\"/></column>"
                        + "</createTable>", "pk_a"),
                Arguments.of("addColumn", "<addColumn tableName=\"hookwire_plugin\"><column name=\"x\" type=\"int\"/>"
                        + "</addColumn>", "hookwire_plugin"),
                Arguments.of("dropTable", "<dropTable tableName=\"hookwire_audit\"/>", "hookwire_audit"),
                Arguments.of("dropColumn", "<dropColumn tableName=\"plugin_other__t\" columnName=\"x\"/>",
                        "plugin_other__t"),
                Arguments.of("renameTable to outside", "<renameTable oldTableName=\"plugin_notes__a\""
                        + " newTableName=\"notes\"/>", "notes"),
                Arguments.of("renameTable from outside", "<renameTable oldTableName=\"hookwire_setting\""
                        + " newTableName=\"plugin_notes__s\"/>", "hookwire_setting"),
                Arguments.of("createIndex", "<createIndex tableName=\"plugin_notes__a\" indexName=\"idx_title\">"
                        + "<column name=\"title\"/></createIndex>", "idx_title"),
                Arguments.of("addForeignKeyConstraint", "<addForeignKeyConstraint baseTableName=\"plugin_notes__a\""
                        + " baseColumnNames=\"p\" referencedTableName=\"plugin_other__t\" referencedColumnNames=\"id\""
                        + " constraintName=\"plugin_notes__fk\"/>", "plugin_other__t"),
                Arguments.of("addUniqueConstraint", "<addUniqueConstraint tableName=\"plugin_notes__a\""
                        + " columnNames=\"title\" constraintName=\"uq_title\"/>", "uq_title"),
                Arguments.of("createView", "<createView viewName=\"notes_view\">SELECT id FROM plugin_notes__a"
                        + "</createView>", "notes_view"),
                Arguments.of("a view's query", "<createView viewName=\"plugin_notes__v\">SELECT * FROM"
                        + " hookwire_admin_user</createView>", "hookwire_admin_user"),
                Arguments.of("createSequence", "<createSequence sequenceName=\"seq\"/>", "seq"),
                Arguments.of("renameSequence", "<renameSequence oldSequenceName=\"plugin_notes__s\""
                        + " newSequenceName=\"hookwire_s\"/>", "hookwire_s"),
                Arguments.of("insert", "<insert tableName=\"hookwire_setting\"><column name=\"name\" value=\"x\"/>"
                        + "</insert>", "hookwire_setting"),
                Arguments.of("delete", "<delete tableName=\"hookwire_admin_user\"/>", "hookwire_admin_user"),
                Arguments.of("Liquibase's own table", createTable("plugin_notes__changelog"),
                        "plugin_notes__changelog"),
                Arguments.of("a schema", "<createTable schemaName=\"other\" tableName=\"plugin_notes__a\">"
                        + "<column name=\"id\" type=\"int\"/></createTable>", "other"),
                Arguments.of("an earlier change that cannot be undone", t + "<insert tableName=\"plugin_notes__note\">"
                        + "<column name=\"id\" valueNumeric=\"1\"/></insert>"
                        + "<createIndex tableName=\"plugin_notes__note\" indexName=\"plugin_notes__i\">"
                        + "<column name=\"title\"/></createIndex>", "plugin_notes__note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void aChangeOutsideThePrefixIsRefusedNamingChangesetAndObject(String what, String changes, String object)
            throws Exception {
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations.migrate("notes", bundle(changeSet("1", createTable("plugin_notes__ok"))
                        + changeSet("2", changes)), CHANGELOG));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.REFUSED);
        assertThat(e.changeset()).isEqualTo("2::test::db/changelog.xml");
        assertThat(e.object()).isEqualTo(object);
        assertThat(e.getMessage()).contains("2::test::db/changelog.xml").contains(object);
        assertThat(db.tables()).as("nothing ran, not even changeset 1").isEmpty();
    }

    static Stream<Arguments> unchecked() {
        return Stream.of(
                Arguments.of("sql", "<sql>CREATE TABLE plugin_notes__a (id INT)</sql>", "sql runs SQL"),
                Arguments.of("sqlFile", "<sqlFile path=\"x.sql\" relativeToChangelogFile=\"true\"/>", "sqlFile runs"),
                Arguments.of("a where with two statements", "<update tableName=\"plugin_notes__ok\">"
                        + "<column name=\"title\" value=\"x\"/><where>1=1; DROP TABLE hookwire_plugin</where></update>",
                        "statement separator"),
                Arguments.of("a computed default naming the host", "<addColumn tableName=\"plugin_notes__ok\">"
                        + "<column name=\"n\" type=\"int\" defaultValueComputed=\"(SELECT COUNT(*) FROM"
                        + " hookwire_admin_user)\"/></addColumn>", "hookwire_admin_user"),
                Arguments.of("a data file outside the changelog's folder", "<loadData tableName=\"plugin_notes__ok\""
                        + " file=\"../data.csv\" relativeToChangelogFile=\"true\"/>", "outside the changelog's folder"),
                Arguments.of("sqlCheck", "<preConditions><sqlCheck expectedResult=\"0\">SELECT 0</sqlCheck>"
                        + "</preConditions>" + createTable("plugin_notes__b"), "precondition 'sqlCheck'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unchecked")
    void whatCannotBeCheckedIsRefusedAndSaysSo(String what, String changes, String says) throws Exception {
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations.migrate("notes", bundle(changeSet("1", createTable("plugin_notes__ok"))
                        + changeSet("2", changes)), CHANGELOG));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.REFUSED);
        assertThat(e.changeset()).isEqualTo("2::test::db/changelog.xml");
        assertThat(e.getMessage()).contains(says);
        assertThat(db.tables()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refused")
    void theDryRunIsRefusedToo(String what, String changes, String object) {
        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations.dryRun("notes", bundle(changeSet("2", changes)), CHANGELOG));
        assertThat(e.kind()).isEqualTo(MigrationException.Kind.REFUSED);
        assertThat(e.object()).isEqualTo(object);
    }
}
