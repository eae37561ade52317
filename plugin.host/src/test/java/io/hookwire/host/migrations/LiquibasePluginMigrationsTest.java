package io.hookwire.host.migrations;

import static io.hookwire.host.migrations.Changelogs.changeSet;
import static io.hookwire.host.migrations.Changelogs.changelog;
import static io.hookwire.host.migrations.Changelogs.createTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import io.hookwire.host.liquibase.DirectoryBundle;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

class LiquibasePluginMigrationsTest extends MigrationFixture {

    @Test
    void anAcceptedChangelogIsAppliedWithItsIncludesAndARerunIsANoOp() throws Exception {
        Bundle bundle = bundle(Map.of(CHANGELOG, changelog(changeSet("1", createTable("plugin_notes__note"))
                        + "<include file=\"changes/002.xml\" relativeToChangelogFile=\"true\"/>"),
                "db/changes/002.xml", changelog(changeSet("2", "<addColumn tableName=\"plugin_notes__note\">"
                        + "<column name=\"body\" type=\"varchar(4000)\"/></addColumn>"
                        + "<createIndex tableName=\"plugin_notes__note\" indexName=\"plugin_notes__note_title\">"
                        + "<column name=\"title\"/></createIndex>"))));

        assertThat(migrations.migrate("notes", bundle, CHANGELOG))
                .containsExactly("1::test::db/changelog.xml", "2::test::db/changes/002.xml");
        assertThat(db.tables()).containsExactly("plugin_notes__changelog", "plugin_notes__changelog_lock",
                "plugin_notes__note");
        assertThat(db.columns("plugin_notes__note")).containsExactly("id", "title", "body");
        db.execute("INSERT INTO plugin_notes__note (id, title, body) VALUES (1, 'a', 'b')");

        assertThat(migrations.migrate("notes", bundle, CHANGELOG)).isEmpty();
        assertThat(db.column("SELECT COUNT(*) FROM plugin_notes__changelog")).containsExactly("2");
        assertThat(db.column("SELECT title FROM plugin_notes__note")).containsExactly("a");
    }

    @Test
    void theNextVersionsChangesetsRunAfterARunThatFoundNothingToDo() throws Exception {
        Bundle v1 = DirectoryBundle.withFiles(dir.resolve("v1"), Map.of(CHANGELOG,
                changelog(changeSet("1", createTable("plugin_notes__note")))));
        Bundle v2 = DirectoryBundle.withFiles(dir.resolve("v2"), Map.of(CHANGELOG,
                changelog(changeSet("1", createTable("plugin_notes__note")) + changeSet("2",
                        createTable("plugin_notes__tag")))));
        migrations.migrate("notes", v1, CHANGELOG);
        assertThat(migrations.migrate("notes", v1, CHANGELOG)).isEmpty(); // Liquibase caches "up to date" here

        assertThat(migrations.dryRun("notes", v2, CHANGELOG)).containsIgnoringCase("plugin_notes__tag");
        assertThat(migrations.migrate("notes", v2, CHANGELOG)).containsExactly("2::test::db/changelog.xml");
    }

    @Test
    void aChangesetThatFailsHalfWayLeavesNoTraceAndIsNotRecorded() throws Exception {
        Bundle bundle = bundle(changeSet("1", createTable("plugin_notes__note"))
                + changeSet("2", createTable("plugin_notes__tag")
                        + "<addColumn tableName=\"plugin_notes__note\"><column name=\"color\" type=\"varchar(10)\"/>"
                        + "</addColumn>"
                        + "<createIndex tableName=\"plugin_notes__note\" indexName=\"plugin_notes__note_x\">"
                        + "<column name=\"no_such_column\"/></createIndex>")
                + changeSet("3", createTable("plugin_notes__never")));

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations.migrate("notes", bundle, CHANGELOG));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.FAILED);
        assertThat(e.changeset()).isEqualTo("2::test::db/changelog.xml");
        assertThat(e.getMessage()).contains("2::test::db/changelog.xml").containsIgnoringCase("no_such_column")
                .contains("it was undone");
        assertThat(db.tables()).containsExactly("plugin_notes__changelog", "plugin_notes__changelog_lock",
                "plugin_notes__note");
        assertThat(db.columns("plugin_notes__note")).containsExactly("id", "title");
        assertThat(db.column("SELECT ID FROM plugin_notes__changelog")).containsExactly("1");
        assertThat(db.column("SELECT LOCKED FROM plugin_notes__changelog_lock")).containsExactly("FALSE");
    }

    @Test
    void aChangeThatFailsAfterPartOfItsStatementsIsUndoneToo() throws Exception {
        // addColumn runs one ALTER per column on H2: the first column is added, the second one exists already
        Bundle bundle = bundle(changeSet("1", createTable("plugin_notes__note"))
                + changeSet("2", "<addColumn tableName=\"plugin_notes__note\">"
                        + "<column name=\"color\" type=\"varchar(10)\"/><column name=\"title\" type=\"int\"/>"
                        + "</addColumn>"));

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> migrations.migrate("notes", bundle, CHANGELOG));

        assertThat(e.kind()).isEqualTo(MigrationException.Kind.FAILED);
        assertThat(e.getMessage()).contains("it was undone");
        assertThat(db.columns("plugin_notes__note")).containsExactly("id", "title");
        assertThat(db.column("SELECT ID FROM plugin_notes__changelog")).containsExactly("1");
    }

    @Test
    void theDryRunPrintsTheSqlOfPendingChangesetsAndRunsNothing() throws Exception {
        Bundle first = bundle(changeSet("1", createTable("plugin_notes__note")));
        migrations.migrate("notes", first, CHANGELOG);
        Bundle second = bundle(changeSet("1", createTable("plugin_notes__note"))
                + changeSet("2", createTable("plugin_notes__tag")));

        String sql = migrations.dryRun("notes", second, CHANGELOG);

        assertThat(sql).containsIgnoringCase("CREATE TABLE PUBLIC.plugin_notes__tag")
                .doesNotContainIgnoringCase("CREATE TABLE PUBLIC.plugin_notes__note")
                .containsIgnoringCase("INSERT INTO PUBLIC.plugin_notes__changelog");
        assertThat(db.tables()).doesNotContain("plugin_notes__tag");
        assertThat(db.column("SELECT ID FROM plugin_notes__changelog")).containsExactly("1");
    }

    @Test
    void aDryRunOnANewPluginCreatesNothing() throws Exception {
        String sql = migrations.dryRun("fresh", bundle(changeSet("1", createTable("plugin_fresh__a"))), CHANGELOG);

        assertThat(sql).containsIgnoringCase("CREATE TABLE PUBLIC.plugin_fresh__a")
                .containsIgnoringCase("CREATE TABLE PUBLIC.plugin_fresh__changelog");
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void purgeDropsExactlyThePluginsObjects() throws Exception {
        migrations.migrate("notes", bundle(changeSet("1", createTable("plugin_notes__note")
                + createTable("plugin_notes__tag")
                + "<addForeignKeyConstraint baseTableName=\"plugin_notes__tag\" baseColumnNames=\"id\""
                + " referencedTableName=\"plugin_notes__note\" referencedColumnNames=\"id\""
                + " constraintName=\"plugin_notes__tag_note\"/>")
                + changeSet("2", "<createView viewName=\"plugin_notes__titles\">SELECT title FROM plugin_notes__note"
                        + "</createView>")
                + changeSet("3", "<createSequence sequenceName=\"plugin_notes__seq\"/>")), CHANGELOG);
        db.execute("CREATE TABLE plugin_other__note (id INT)");
        db.execute("CREATE TABLE plugin_notes_archive (id INT)"); // like the prefix, but not it
        db.execute("CREATE TABLE hookwire_kept (id INT)");

        assertThat(migrations.purge("notes")).extracting(String::toLowerCase).containsExactlyInAnyOrder(
                "plugin_notes__titles", "plugin_notes__note", "plugin_notes__tag", "plugin_notes__changelog",
                "plugin_notes__changelog_lock", "plugin_notes__seq");

        assertThat(db.tables()).containsExactly("hookwire_kept", "plugin_notes_archive", "plugin_other__note");
        assertThat(db.column("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES")).isEmpty();
        assertThat(migrations.purge("notes")).isEmpty();
    }

    @Test
    void aStaleLockIsReleasedBeforeTheMigration() throws Exception {
        Bundle bundle = bundle(changeSet("1", createTable("plugin_notes__note")));
        migrations.migrate("notes", bundle, CHANGELOG);
        db.execute("UPDATE plugin_notes__changelog_lock SET LOCKED = TRUE, LOCKEDBY = 'gone#hookwire:gone:1 (10.0.0.9)',"
                + " LOCKGRANTED = LOCALTIMESTAMP - INTERVAL '2' HOUR");
        Bundle more = bundle(changeSet("1", createTable("plugin_notes__note"))
                + changeSet("2", createTable("plugin_notes__tag")));

        assertThat(migrations.migrate("notes", more, CHANGELOG)).containsExactly("2::test::db/changelog.xml");
        assertThat(db.column("SELECT LOCKED FROM plugin_notes__changelog_lock")).containsExactly("FALSE");
    }

    @Test
    void theChecksumFollowsEveryFileOfTheChangelog() throws Exception {
        Bundle bundle = bundle(Map.of(CHANGELOG, changelog("<include file=\"changes/002.xml\""
                + " relativeToChangelogFile=\"true\"/>"), "db/changes/002.xml", changelog(changeSet("2",
                        createTable("plugin_notes__a")))));
        String before = migrations.checksum(bundle, CHANGELOG);
        assertThat(migrations.checksum(bundle, CHANGELOG)).isEqualTo(before).startsWith("sha256:");

        bundle(Map.of("db/changes/002.xml", changelog(changeSet("2", createTable("plugin_notes__b")))));

        assertThat(migrations.checksum(bundle, CHANGELOG)).isNotEqualTo(before);
        assertThat(catchThrowableOfType(MigrationException.class, () -> migrations.checksum(bundle, "db/none.xml"))
                .kind()).isEqualTo(MigrationException.Kind.REFUSED);
    }

    @Test
    void aBadPluginIdIsRefused() {
        for (String id : new String[] {"Notes", "a--b", "a_b", "-a", "a-", ""}) {
            assertThat(catchThrowableOfType(MigrationException.class, () -> migrations.purge(id)).getMessage())
                    .contains("plugin id '" + id + "'");
        }
    }
}
