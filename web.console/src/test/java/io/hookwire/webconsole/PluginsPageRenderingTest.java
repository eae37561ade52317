package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;
import org.junit.jupiter.api.Test;

class PluginsPageRenderingTest {
    private final PageClient client = new PageClient();

    @Test
    void showsThePluginsWithStatesReasonsAndTenants() throws Exception {
        client.admin.plugins.add(new PluginView("notes", "Notes", "1.2.0", "optional", PluginState.QUARANTINED,
                "5 failures in 60 s", Instant.parse("2026-11-27T09:00:00.5Z"), false, List.of("acme", "globex"), true,
                42, "file:/srv/deploy/notes.jar", "db/changelog.xml"));
        client.admin.plugins.add(new PluginView("gone", "Gone", "0.1.0", "core", PluginState.INSTALLED, "removed",
                null, false, List.of(), false, -1, null, null));

        String body = client.get("ada");

        assertThat(body).contains("<td>notes</td><td>Notes</td><td>1.2.0</td><td>optional</td><td>QUARANTINED</td>"
                + "<td>5 failures in 60 s</td><td>2026-11-27T09:00:00Z</td><td>tenants: acme, globex</td>"
                + "<td>42</td><td>file:/srv/deploy/notes.jar</td>");
        assertThat(body).contains("<td>gone</td>", "<td>nobody (disabled)</td><td>not installed</td><td>\u2014</td>");
        // reset only for a quarantined plugin, dry-run only for one with migrations
        assertThat(body.split("value=\"reset\"", -1)).hasSize(2);
        assertThat(body.split("value=\"dry-run\"", -1)).hasSize(2);
        assertThat(body.split("value=\"purge\"", -1)).hasSize(3);
    }

    @Test
    void showsTheSafeModeKillSwitchProblemsAndTheNewestAuditEntries() throws Exception {
        client.admin.safeMode = true;
        client.admin.killSwitch = true;
        client.admin.problems.add(new DeployProblem("file:deploy/bad.jar", null, "not a bundle", Instant.EPOCH));
        client.admin.audit.add(new AuditEntry(Instant.EPOCH, "ada", "plugin.disabled", "plugin/notes", "tenants=x", null));

        String body = client.get("ada");

        assertThat(body).contains("Safe mode is <strong>on</strong>", "is <strong>set: only core plugins run</strong>",
                "value=\"safe-mode-off\"");
        assertThat(body).contains("<td>file:deploy/bad.jar</td><td>\u2014</td><td>not a bundle</td>");
        assertThat(body).contains("<td>1970-01-01T00:00:00Z</td><td>ada</td><td>plugin.disabled</td>"
                + "<td>plugin/notes</td><td>tenants=x</td>");
        assertThat(client.admin.auditLimit).isEqualTo(PluginsView.AUDIT_ROWS);
    }

    @Test
    void encodesEveryValueInTextAndAttributes() throws Exception {
        client.admin.plugins.add(new PluginView(Hostile.value("id"), Hostile.value("name"), Hostile.value("version"),
                Hostile.value("category"), PluginState.ACTIVE, Hostile.value("reason"), Instant.EPOCH, false,
                List.of(Hostile.value("tenant")), true, 3, Hostile.value("location"), Hostile.value("migrations")));
        client.admin.problems.add(new DeployProblem(Hostile.value("source"), Hostile.value("problemPlugin"),
                Hostile.value("problemReason"), Instant.EPOCH));
        client.admin.audit.add(new AuditEntry(Instant.EPOCH, Hostile.value("actor"), Hostile.value("action"),
                Hostile.value("resource"), Hostile.value("details"), Hostile.value("requestId")));

        String body = client.get("ada");

        for (String field : List.of("id", "name", "version", "category", "reason", "tenant", "location", "source",
                "problemPlugin", "problemReason", "actor", "action", "resource", "details", "requestId")) {
            assertThat(body).as(field).contains(Hostile.inText(field));
        }
        // the plugin id is also the value of the forms' hidden field
        assertThat(body).contains("name=\"plugin\" value=\"" + Hostile.inAttribute("id") + "\"");
        assertThat(body).doesNotContain("<script", "${");
    }

    @Test
    void encodesTheConsolesOwnAddressInTheForms() throws Exception {
        FakeHttp.Request request = new FakeHttp.Request();
        request.remoteUser = "ada";
        request.attributes.put(PluginsPage.ATTR_PLUGIN_ROOT, Hostile.value("root"));
        FakeHttp.Response response = new FakeHttp.Response();
        client.page.service(request.proxy(), response.proxy());

        assertThat(response.body()).contains("action=\"" + Hostile.inAttribute("root") + "\"")
                .doesNotContain("<script");
    }

    @Test
    void anOutcomeIsEncodedAndItsDetailIsPreformatted() throws Exception {
        client.admin.plugins.add(FakePluginAdmin.plugin("notes", PluginState.ACTIVE));
        client.admin.dryRunSql = "CREATE TABLE plugin_notes__note (body VARCHAR(10) DEFAULT '<b>&');";

        String body = client.submit("ada", Map.of("action", "dry-run", "plugin", Hostile.value("target")));

        assertThat(body).contains("class=\"statline ui-state-highlight\" id=\"hookwire-outcome\">The pending migrations"
                + " of &#39;" + Hostile.inText("target") + "&#39; would run this SQL (nothing was run):</p>");
        assertThat(body).contains("<pre id=\"hookwire-outcome-detail\">CREATE TABLE plugin_notes__note (body"
                + " VARCHAR(10) DEFAULT &#39;&lt;b&gt;&amp;&#39;);</pre>");
    }

    @Test
    void whenThePluginsCannotBeReadThePageSaysSoWithoutAStackTrace() throws Exception {
        client.admin.failure = () -> new AdminException("unavailable", "the database is <down>");

        String body = client.get("ada");

        assertThat(body).contains("The plugins cannot be read now: the database is &lt;down&gt;");
        assertThat(body).doesNotContain("at io.hookwire", "Exception");
        assertThat(client.logged).singleElement().asString().contains("could not read the plugins");
    }

    @Test
    void withoutASignedInUserThereAreNoForms() throws Exception {
        client.admin.plugins.add(FakePluginAdmin.plugin("notes", PluginState.ACTIVE));

        String body = client.get(null);

        assertThat(body).contains("<td>notes</td>", "No signed-in console user").doesNotContain("<form");
    }
}
