package io.hookwire.host.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.hookwire.host.liquibase.DirectoryBundle;
import io.hookwire.host.liquibase.LiquibaseRunner;
import io.hookwire.host.liquibase.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/** The host's changelog on H2, as the host runs it: on the Liquibase thread, skipped when nothing changed. */
class HostSchemaTest {
    /** The host bundle's own resources: target/classes. */
    private final Bundle host = DirectoryBundle.of(Path.of("target/classes"));
    private final TestDatabase db = new TestDatabase();
    private final LiquibaseRunner runner = new LiquibaseRunner();

    @AfterEach
    void close() {
        runner.close();
    }

    @Test
    void theHostChangelogCreatesTheHostTablesAndIsSkippedOnTheNextStart() throws Exception {
        String first = runner.submit(() -> HostSchema.update(db.dataSource, host, runner)).get();
        assertThat(first).startsWith("updated by Liquibase in ");

        // other areas add their own tables: every table is the host's, and these are among them
        assertThat(db.tables()).allMatch(t -> t.startsWith("hookwire_")).contains("hookwire_admin_user",
                "hookwire_audit", "hookwire_changelog", "hookwire_changelog_lock", "hookwire_deploy_problem",
                "hookwire_plugin", "hookwire_plugin_tenant", "hookwire_setting");
        assertThat(db.tables()).contains("hookwire_user", "hookwire_session", "hookwire_password_reset",
                "hookwire_outbox", "hookwire_team", "hookwire_team_member", "hookwire_ability_grant");
        assertThat(db.columns("hookwire_outbox")).containsExactly("id", "recipient", "subject", "body", "created_at",
                "sent_at");
        assertThat(db.tables()).contains("hookwire_billing_customer", "hookwire_subscription", "hookwire_invoice");
        assertThat(db.columns("hookwire_plugin")).containsExactly("plugin_id", "name", "version", "category",
                "location", "migrations", "enabled", "state", "reason", "state_since", "quarantined", "installed",
                "migrated_checksum");
        assertThat(db.columns("hookwire_audit")).containsExactly("id", "at", "actor", "action", "resource",
                "details", "request_id");
        assertThat(db.column("SELECT DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'HOOKWIRE_AUDIT'"
                + " AND COLUMN_NAME = 'AT'")).containsExactly("TIMESTAMP WITH TIME ZONE");
        assertThat(db.column("SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'HOOKWIRE_AUDIT'"
                + " AND INDEX_NAME = 'HOOKWIRE_AUDIT_AT_IDX'")).hasSize(1);

        // portable SQL works: VALUE unquoted (NON_KEYWORDS), an identity column, defaults, the cascading key
        db.execute("INSERT INTO hookwire_setting (name, value) VALUES ('x', 'y')");
        assertThat(db.column("SELECT value FROM hookwire_setting WHERE name = 'x'")).containsExactly("y");
        db.execute("INSERT INTO hookwire_audit (at, actor, action, resource) VALUES (CURRENT_TIMESTAMP, 'a', 'b', 'c')");
        assertThat(db.column("SELECT id FROM hookwire_audit")).containsExactly("1");
        db.execute("INSERT INTO hookwire_plugin (plugin_id, state, state_since) VALUES ('notes', 'INSTALLED',"
                + " CURRENT_TIMESTAMP)");
        db.execute("INSERT INTO hookwire_plugin_tenant (plugin_id, tenant) VALUES ('notes', 't1')");
        assertThat(db.column("SELECT enabled FROM hookwire_plugin")).containsExactly("FALSE");
        db.execute("DELETE FROM hookwire_plugin");
        assertThat(db.column("SELECT COUNT(*) FROM hookwire_plugin_tenant")).containsExactly("0");

        LiquibaseRunner fresh = new LiquibaseRunner(); // as after a restart
        try {
            assertThat(fresh.submit(() -> HostSchema.update(db.dataSource, host, fresh)).get())
                    .isEqualTo("up to date (checksum matches, Liquibase not started)");
            assertThat(fresh.startupMillis()).as("Liquibase's scope was never built").isEqualTo(-1);
        } finally {
            fresh.close();
        }
        // every changeset ran once (counted in the file, so that new changesets need no edit here)
        long changesets = java.util.regex.Pattern.compile("<changeSet ").matcher(java.nio.file.Files.readString(
                Path.of("target/classes/" + HostSchema.CHANGELOG))).results().count();
        assertThat(changesets).isGreaterThanOrEqualTo(8);
        assertThat(db.column("SELECT COUNT(*) FROM hookwire_changelog")).containsExactly(Long.toString(changesets));
    }

    @Test
    void aChangedChangelogRunsLiquibaseAgain() throws Exception {
        runner.submit(() -> HostSchema.update(db.dataSource, host, runner)).get();
        db.execute("UPDATE hookwire_setting SET value = 'sha256:old' WHERE name = '" + HostSchema.CHECKSUM_SETTING
                + "'");

        assertThat(runner.submit(() -> HostSchema.update(db.dataSource, host, runner)).get()).startsWith("updated by Liquibase");
        assertThat(db.column("SELECT value FROM hookwire_setting WHERE name = '" + HostSchema.CHECKSUM_SETTING + "'"))
                .singleElement().asString().startsWith("sha256:").isNotEqualTo("sha256:old");
    }
}
