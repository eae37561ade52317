package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.PluginState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginsPageFormsTest {
    private final PageClient client = new PageClient();

    @BeforeEach
    void aPlugin() {
        client.admin.plugins.add(FakePluginAdmin.plugin("notes", PluginState.QUARANTINED));
    }

    @Test
    void aPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        FakeHttp.Response response = client.post("ada", Map.of("action", "disable", "plugin", "notes"));

        assertThat(response.status).isEqualTo(403);
        assertThat(response.body()).contains("reload the Plugins page");
        assertThat(client.admin.calls).isEmpty();
    }

    @Test
    void aTokenServedToAnotherUserOrTamperedWithOrExpiredIsRefused() throws Exception {
        String adasToken = client.token("ada");

        assertThat(client.post("eve", disable(adasToken)).status).isEqualTo(403);
        assertThat(client.post("ada", disable(adasToken + "x")).status).isEqualTo(403);
        assertThat(client.post("ada", disable("1" + adasToken)).status).isEqualTo(403);
        assertThat(client.admin.calls).isEmpty();

        assertThat(client.post("ada", disable(adasToken)).status).isEqualTo(303); // the same token, as served
        client.clock.advance(CsrfTokens.LIFETIME.plusSeconds(1));
        assertThat(client.post("ada", disable(adasToken)).status).isEqualTo(403);
        assertThat(client.admin.calls).containsExactly("disable notes [] ada");
    }

    private static Map<String, String> disable(String token) {
        return Map.of("action", "disable", "plugin", "notes", CsrfTokens.FIELD, token);
    }

    @Test
    void aPostWithoutASignedInUserIsRefused() throws Exception {
        String token = client.token("ada");
        FakeHttp.Response response = client.post(null, Map.of("action", "reset", "plugin", "notes",
                CsrfTokens.FIELD, token));

        assertThat(response.status).isEqualTo(403);
        assertThat(client.admin.calls).isEmpty();
    }

    @Test
    void aPurgeWithoutTheMatchingConfirmationIsRefusedAndPurgeIsNotCalled() throws Exception {
        for (String confirmation : new String[] {"", "note", "NOTES"}) {
            String body = client.submit("ada", Map.of("action", "purge", "plugin", "notes",
                    "confirmation", confirmation));
            assertThat(body).contains("ui-state-error", "Nothing was purged: to drop the data of &#39;notes&#39;,"
                    + " type its id &#39;notes&#39; in the confirmation field.");
        }
        String body = client.submit("ada", Map.of("action", "purge", "plugin", "notes"));
        assertThat(body).contains("Nothing was purged");
        assertThat(client.admin.calls).noneMatch(call -> call.startsWith("purge"));
    }

    @Test
    void aPurgeWithTheIdTypedAgainDropsTheDataAndListsWhatWasDropped() throws Exception {
        client.admin.dropped = List.of("TABLE plugin_notes__note", "SEQUENCE plugin_notes__seq");

        String body = client.submit("ada", Map.of("action", "purge", "plugin", "notes", "confirmation", " notes "));

        assertThat(client.admin.calls).contains("purge notes notes ada");
        assertThat(body).contains("Purged the data of &#39;notes&#39;: dropped 2 objects.",
                "<pre id=\"hookwire-outcome-detail\">TABLE plugin_notes__note\nSEQUENCE plugin_notes__seq</pre>");
    }

    @Test
    void enableAndDisableGoEverywhereOrToTheListedTenantsWithTheConsoleUserAsActor() throws Exception {
        String everywhere = client.submit("ada", Map.of("action", "enable", "plugin", "notes", "tenants", " "));
        client.submit("ada", Map.of("action", "disable", "plugin", "notes", "tenants", "globex, acme,,"));

        assertThat(client.admin.calls).containsSubsequence("enable notes [] ada", "disable notes [acme, globex] ada");
        assertThat(everywhere).contains("Enabled &#39;notes&#39; everywhere. It is now QUARANTINED: because");
    }

    @Test
    void resetDryRunAndSafeModeReachPluginAdmin() throws Exception {
        client.submit("ada", Map.of("action", "reset", "plugin", "notes"));
        String dryRun = client.submit("ada", Map.of("action", "dry-run", "plugin", "notes"));
        String on = client.submit("ada", Map.of("action", "safe-mode-on"));
        client.submit("ada", Map.of("action", "safe-mode-off"));

        assertThat(client.admin.calls).containsSubsequence("reset notes ada", "dry-run notes", "safe-mode true ada",
                "safe-mode false ada");
        assertThat(dryRun).contains("&#39;notes&#39; has no pending migrations.");
        assertThat(on).contains("Safe mode is on: optional plugins are stopping");
    }

    @Test
    void anAdminExceptionIsShownAsItsMessageNeverAsAStackTrace() throws Exception {
        String token = client.token("ada");
        client.admin.failure = () -> new AdminException("conflict", "'notes' is running: disable it first");
        FakeHttp.Response response = client.post("ada", Map.of("action", "purge", "plugin", "notes",
                "confirmation", "notes", CsrfTokens.FIELD, token));
        client.admin.failure = null;
        String location = response.headers.get("Location");

        String body = client.get("ada", Map.of(PluginsPage.OUTCOME, location.substring(location.indexOf('=') + 1)));

        assertThat(body).contains("ui-state-error", "&#39;notes&#39; is running: disable it first");
        assertThat(body).doesNotContain("AdminException", "at io.hookwire");
        assertThat(client.logged).isEmpty();
    }

    @Test
    void anUnexpectedFailureIsLoggedAndShownAsOneLine() throws Exception {
        String token = client.token("ada");
        client.admin.failure = () -> new IllegalStateException("pool closed");
        FakeHttp.Response response = client.post("ada", Map.of("action", "reset", "plugin", "notes",
                CsrfTokens.FIELD, token));
        client.admin.failure = null;
        String location = response.headers.get("Location");

        String body = client.get("ada", Map.of(PluginsPage.OUTCOME, location.substring(location.indexOf('=') + 1)));

        assertThat(body).contains("&#39;reset&#39; failed unexpectedly (java.lang.IllegalStateException); the log has"
                + " the details.").doesNotContain("pool closed");
        assertThat(client.logged).singleElement().asString().contains("'reset' failed", "pool closed");
    }

    @Test
    void unknownActionsAndMissingPluginIdsAreRefusedWithHowToFixThem() throws Exception {
        assertThat(client.submit("ada", Map.of("action", "explode", "plugin", "notes")))
                .contains("Unknown action &#39;explode&#39;: use one of [enable, disable");
        assertThat(client.submit("ada", Map.of("action", "reset")))
                .contains("No plugin was named: the form needs the field &#39;plugin&#39;.");
        assertThat(client.admin.calls).noneMatch(call -> call.startsWith("reset"));
    }

    @Test
    void anOutcomeIsShownOnlyToTheUserWhoCausedIt() throws Exception {
        String token = client.token("ada");
        FakeHttp.Response response = client.post("ada", Map.of("action", "reset", "plugin", "notes",
                CsrfTokens.FIELD, token));
        String id = response.headers.get("Location").replaceFirst(".*=", "");

        assertThat(client.get("eve", Map.of(PluginsPage.OUTCOME, id))).doesNotContain("hookwire-outcome");
        assertThat(client.get("ada", Map.of(PluginsPage.OUTCOME, id))).contains("hookwire-outcome");
        client.clock.advance(Outcomes.KEEP.plusSeconds(1));
        assertThat(client.get("ada", Map.of(PluginsPage.OUTCOME, id))).doesNotContain("hookwire-outcome");
    }
}
