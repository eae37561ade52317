package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.felix.service.command.CommandProcessor;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The server side of the client plugin runtime, in the real runtime: the list of client modules (order, states,
 * per-tenant enablement, safe mode), the serving of module files from the client folder only, the failure reports and
 * where they show, and the event stream that tells open shells of changes. The kill switch is per process: RestartIT
 * (which starts the runtime jar with PLUGINS_DISABLED=1) checks the list under it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ClientPluginsIT extends RuntimeTestSupport {
    @Inject
    private ServiceComponentRuntime scr;

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private CommandProcessor gogo;

    private static final String LIST = "/api/v1/client-plugins";
    private static final String FAILURES = "/api/v1/client-plugins/failures";

    @Before
    public void deployTheProbe() throws Exception {
        TestArtifacts.deploy(ClientProbe.ID, deploy);
        admin.awaitState(ClientProbe.ID, "ACTIVE", 60);
        http.await(LIST, a -> ids(a).contains(ClientProbe.ID), "client-probe listed", 30);
    }

    private static List<String> ids(Http.Answer list) {
        List<String> ids = new ArrayList<>();
        if (list.status() == 200 && list.json() != null) {
            list.json().get("plugins").forEach(p -> ids.add(p.get("id").asText()));
        }
        return ids;
    }

    private String module(String path) {
        return "/client/" + ClientProbe.ID + "/" + ClientProbe.token(bundle(ClientProbe.BSN)) + "/" + path;
    }

    @Test
    public void theListHasTheActiveClientModulesInIdOrderWithTheShellsSettings() throws Exception {
        Http.Answer list = http.get(LIST);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.header("Cache-Control")).isEqualTo("no-store");
        JsonNode body = list.json();
        assertThat(body.get("budgetMs").asInt()).isEqualTo(1000);
        assertThat(body.get("killSwitch").asBoolean()).isFalse();
        assertThat(body.get("safeMode").asBoolean()).isFalse();
        assertThat(ids(list)).isSorted().doesNotHaveDuplicates().doesNotContain("test-tenant", "user-greeter-v2");
        JsonNode probe = body.get("plugins").get(ids(list).indexOf(ClientProbe.ID));
        Bundle bundle = bundle(ClientProbe.BSN);
        assertThat(probe.get("name").asText()).isEqualTo("Client Probe");
        assertThat(probe.get("category").asText()).isEqualTo("optional");
        assertThat(probe.get("version").asText()).isEqualTo(bundle.getVersion().toString());
        assertThat(probe.get("module").asText()).isEqualTo(module("index.js"));

        // a plugin without Plugin-Client is never listed; a disabled one goes, and comes back when enabled
        assertThat(ids(list)).doesNotContain("test-failing");
        assertThat(admin.post("plugins/client-probe/disable", null).status()).isEqualTo(200);
        http.await(LIST, a -> !ids(a).contains(ClientProbe.ID), "client-probe gone", 30);
        assertThat(admin.post("plugins/client-probe/enable", null).status()).isEqualTo(200);
        http.await(LIST, a -> ids(a).contains(ClientProbe.ID), "client-probe back", 30);
    }

    @Test
    public void theBudgetComesFromTheShellsConfigurationWithinItsBounds() throws Exception {
        Configuration shell = configAdmin.getConfiguration("io.hookwire.host.shell", "?");
        try {
            shell.update(new Hashtable<>(Map.of("budgetMs", 250)));
            http.await(LIST, a -> a.status() == 200 && a.json().get("budgetMs").asInt() == 250, "budget 250", 30);
            shell.update(new Hashtable<>(Map.of("budgetMs", 10)));
            http.await(LIST, a -> a.status() == 200 && a.json().get("budgetMs").asInt() == 1000,
                    "the default for a budget below the minimum", 30);
        } finally {
            shell.delete();
        }
        assertThat(http.get(LIST).json().get("budgetMs").asInt()).isEqualTo(1000);
    }

    @Test
    public void aPluginEnabledForOneTeamIsListedForThatTeamsMembersOnly() throws Exception {
        Visitors.awaitAccounts(http);
        Visitors.Visitor ada = Visitors.signedIn(http, "ada");
        Visitors.Visitor grace = Visitors.signedIn(http, "grace");
        String acme = team(ada, "Acme");
        team(grace, "Globex");
        assertThat(admin.post("plugins/client-probe/disable", null).status()).isEqualTo(200);
        assertThat(admin.post("plugins/client-probe/enable", "{\"tenants\":[\"" + acme + "\"]}").status())
                .isEqualTo(200);
        try {
            admin.awaitState(ClientProbe.ID, "ACTIVE", 30);
            assertThat(ids(ada.http().await(LIST, a -> ids(a).contains(ClientProbe.ID), "listed for acme", 30)))
                    .contains(ClientProbe.ID);
            assertThat(ids(grace.http().get(LIST))).doesNotContain(ClientProbe.ID);
            assertThat(ids(http.get(LIST))).as("anonymous: global enablement only").doesNotContain(ClientProbe.ID);
            assertThat(ids(http.get(LIST, "X-Hookwire-Tenant", acme))).as("anonymous naming the team")
                    .doesNotContain(ClientProbe.ID);
        } finally {
            assertThat(admin.post("plugins/client-probe/enable", null).status()).isEqualTo(200);
        }
    }

    private static String team(Visitors.Visitor owner, String name) throws Exception {
        Http.Answer created = owner.http().send("POST", "/api/v1/teams", "{\"name\":\"" + name + "\"}");
        return Visitors.ok(created, 201).get("id").asText();
    }

    @Test
    public void theSafeModeListsOnlyCorePlugins() throws Exception {
        assertThat(admin.put("safe-mode", "{\"enabled\":true}").status()).isEqualTo(200);
        try {
            Http.Answer list = http.await(LIST, a -> !ids(a).contains(ClientProbe.ID), "client-probe gone", 30);
            assertThat(list.json().get("safeMode").asBoolean()).isTrue();
            list.json().get("plugins").forEach(p -> assertThat(p.get("category").asText()).isEqualTo("core"));
        } finally {
            assertThat(admin.put("safe-mode", "{\"enabled\":false}").status()).isEqualTo(200);
        }
        http.await(LIST, a -> ids(a).contains(ClientProbe.ID), "client-probe back", 30);
    }

    @Test
    public void theModulesFilesAreServedImmutableWithTheirTypes() throws Exception {
        Http.Answer index = http.get(module("index.js"));
        assertThat(index.status()).isEqualTo(200);
        assertThat(index.contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(index.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(index.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(index.body()).contains("export default function boot", "./nested/part.js");
        String etag = index.header("ETag");
        assertThat(etag).isEqualTo("\"" + ClientProbe.token(bundle(ClientProbe.BSN)) + "\"");
        assertThat(http.get(module("index.js"), "If-None-Match", etag).status()).isEqualTo(304);

        Http.Answer css = http.get(module("style.css"));
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(css.body()).contains(".client-probe");
        Http.Answer nested = http.get(module("nested/part.js"));
        assertThat(nested.status()).isEqualTo(200);
        assertThat(nested.body()).contains("nested part of client-probe");
        assertThat(http.get("/api/v1/health").status()).as("the JAX-RS API still answers").isEqualTo(200);
    }

    @Test
    public void everythingOutsideTheClientFolderIs404() throws Exception {
        String v = ClientProbe.token(bundle(ClientProbe.BSN));
        String base = "/client/" + ClientProbe.ID + "/" + v + "/";
        for (String path : List.of(base + "io/hookwire/testplugin/clientprobe/Probe.class",
                base + "../io/hookwire/testplugin/clientprobe/Probe.class", base + "META-INF/MANIFEST.MF",
                base + "../META-INF/MANIFEST.MF", base + "OSGI-INF/io.hookwire.testplugin.clientprobe.Probe.xml",
                base + "../OSGI-INF/io.hookwire.testplugin.clientprobe.Probe.xml", base + "secret/data.txt",
                base + "../secret/data.txt", base + "nested", base + "nested/", base, base + "missing.js",
                "/client/" + ClientProbe.ID + "/0.1.0.SNAPSHOT-wrong/index.js", "/client/no-such-plugin/" + v
                        + "/index.js", "/client/" + ClientProbe.ID + "/index.js", "/client/")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).doesNotContain("server-side only", "client-probe secret",
                    "Bundle-SymbolicName", "Exception", "at io.");
        }
        // encoded dots and slashes: Jetty itself refuses an ambiguous segment (400) before any servlet sees it; when
        // one gets through, the module servlet refuses any '%' in the raw path (404)
        for (String path : List.of(base + "%2e%2e/secret/data.txt", base + "%2E%2E/secret/data.txt",
                base + "..%2fsecret/data.txt", base + "nested%2fpart.js", base + "%6eested/part.js")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isIn(400, 404);
            assertThat(answer.body()).as(path).doesNotContain("client-probe secret", "nested part of");
        }
    }

    @Test
    public void anUpdateInPlaceChangesTheVersionToken() throws Exception {
        String before = module("index.js");
        long modified = bundle(ClientProbe.BSN).getLastModified();
        String changedToken = null;
        Files.move(ClientProbe.changedCopy(deploy.getParent()), deploy.resolve(TestArtifacts.plugin(ClientProbe.ID)
                .getFileName()), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        try {
            Http.Answer list = http.await(LIST, a -> a.status() == 200 && !a.body().contains(before),
                    "a new module URL", 60);
            assertThat(bundle(ClientProbe.BSN).getLastModified()).isNotEqualTo(modified);
            admin.awaitState(ClientProbe.ID, "ACTIVE", 60);
            String after = module("index.js");
            changedToken = ClientProbe.token(bundle(ClientProbe.BSN));
            assertThat(after).isNotEqualTo(before);
            assertThat(http.await(LIST, a -> a.body().contains(after), "the new URL listed", 30).status())
                    .isEqualTo(200);
            assertThat(list.status()).isEqualTo(200);
            assertThat(http.get(after).status()).isEqualTo(200);
            assertThat(http.get(module("changed.txt")).body()).isEqualTo("changed in place\n");
            assertThat(http.get(before).status()).as("the old version's URL").isEqualTo(404);
        } finally {
            TestArtifacts.deploy(ClientProbe.ID, deploy); // the original bytes, for the other tests
            String changed = changedToken;
            http.await(LIST, a -> ids(a).contains(ClientProbe.ID) && (changed == null || !a.body().contains(changed)),
                    "the original bytes back", 60);
        }
    }

    @Test
    public void failureReportsAreCheckedCountedShownAndRateLimited() throws Exception {
        String report = "{\"plugin\":\"client-probe\",\"hook\":\"dashboard.sidebar\",\"kind\":\"widget\","
                + "\"timedOut\":false,\"message\":\"TypeError: probe is undefined\",\"page\":\"/dashboard\"}";
        Http.Answer recorded = http.send("POST", FAILURES, report);
        assertThat(recorded.status()).isEqualTo(202);
        assertThat(recorded.json().get("recorded").asBoolean()).isTrue();
        assertThat(http.send("POST", FAILURES, report.replace("\"timedOut\":false", "\"timedOut\":true"))
                .status()).isEqualTo(202);

        assertThat(field(http.send("POST", FAILURES, "{\"hook\":\"boot\",\"kind\":\"boot\"}"))).isEqualTo("plugin");
        assertThat(field(http.send("POST", FAILURES, report.replace("widget", "render")))).isEqualTo("kind");
        assertThat(field(http.send("POST", FAILURES, report.replace("TypeError", "x".repeat(5000)))))
                .isEqualTo("message");
        assertThat(field(http.send("POST", FAILURES, "{not json"))).isEqualTo("body");
        Http.Answer unknown = http.send("POST", FAILURES, report.replace("client-probe", "no-such-plugin"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("error").asText()).isEqualTo("not_found");

        String basic = Http.basic(PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD);
        JsonNode telemetry = Visitors.ok(http.get("/api/v1/admin/telemetry", "Authorization", basic, "Accept",
                "application/json"), 200);
        JsonNode client = telemetry.get("client");
        JsonNode row = null;
        for (JsonNode r : client) {
            if (r.get("plugin").asText().equals(ClientProbe.ID) && r.get("hook").asText().equals("dashboard.sidebar")) {
                row = r;
            }
        }
        assertThat(row).as("client telemetry: %s", client).isNotNull();
        assertThat(row.get("kind").asText()).isEqualTo("widget");
        assertThat(row.get("failures").asLong()).isEqualTo(1);
        assertThat(row.get("timeouts").asLong()).isEqualTo(1);
        assertThat(row.get("lastError").get("page").asText()).isEqualTo("/dashboard");
        assertThat(telemetry.get("hooks").isArray()).isTrue();
        JsonNode detail = admin.plugin(ClientProbe.ID);
        assertThat(detail.get("state").asText()).isEqualTo("ACTIVE");
        assertThat(detail.get("client").get(0).get("hook").asText()).isEqualTo("dashboard.sidebar");
        String console = http.get("/system/console/hookwire-telemetry?plugin=client-probe", "Authorization", basic)
                .body();
        assertThat(console).contains("In the browser", "<td>client-probe</td><td>dashboard.sidebar</td><td>widget</td>",
                "TypeError: probe is undefined");
        assertThat(ClientProbe.gogo(gogo, "hookwire:telemetry")).contains("IN THE BROWSER")
                .containsPattern("client-probe +dashboard\\.sidebar +widget +1 +1 ");

        // the limit is per client address: this test's loopback address runs out within one minute's worth
        Http.Answer limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            Http.Answer answer = http.send("POST", FAILURES, report);
            if (answer.status() == 429) {
                limited = answer;
            } else {
                assertThat(answer.status()).isEqualTo(202);
            }
        }
        assertThat(limited).as("a 429 within 200 reports").isNotNull();
        assertThat(Long.parseLong(limited.header("Retry-After"))).isPositive();
        assertThat(limited.json().get("error").asText()).isEqualTo("too_many_requests");
    }

    private static String field(Http.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        return answer.json().get("details").get("field").asText();
    }

    @Test
    public void theEventStreamsEndCleanlyWhenTheServletGoesAndComeBackWithIt() throws Exception {
        int port = Integer.parseInt(context.getProperty(PaxExamRuntime.PORT));
        ComponentDescriptionDTO servlet = scr.getComponentDescriptionDTO(bundle("io.hookwire.plugin.host"),
                "io.hookwire.host.clientplugins.ClientEventsServlet");
        try (ClientProbe.Events events = new ClientProbe.Events(port, 30_000)) {
            assertThat(events.line()).isEqualTo("retry: 2000");
            scr.disableComponent(servlet).getValue();
            assertThat(events.endsWithin(10)).as("the stream ended; seen %s", events.seen).isTrue();
        } finally {
            scr.enableComponent(servlet).getValue();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            try (ClientProbe.Events again = new ClientProbe.Events(port, 30_000)) {
                if (again.status == 200) {
                    assertThat(again.line()).isEqualTo("retry: 2000");
                    break;
                }
            } catch (IOException e) {
                // not registered again yet
            }
            assertThat(System.nanoTime()).as("the event servlet came back within 30 s").isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    @Test
    public void theEventStreamTellsOfADisabledPlugin() throws Exception {
        int port = Integer.parseInt(context.getProperty(PaxExamRuntime.PORT));
        try (ClientProbe.Events events = new ClientProbe.Events(port, 30_000)) {
            assertThat(events.status).isEqualTo(200);
            assertThat(events.contentType).startsWith("text/event-stream");
            assertThat(events.line()).isEqualTo("retry: 2000");
            assertThat(admin.post("plugins/client-probe/disable", null).status()).isEqualTo(200);
            String data = events.until("\"plugin\":\"client-probe\"", 50);
            assertThat(data).startsWith("data: {");
            assertThat(events.seen.get(events.seen.size() - 2)).isEqualTo("event: plugins");
        } finally {
            assertThat(admin.post("plugins/client-probe/enable", null).status()).isEqualTo(200);
        }
    }
}
