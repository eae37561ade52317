package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.hookwire.host.admin.AdminAuthenticator;
import io.hookwire.host.admin.PluginAdmin;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;

/**
 * The Felix Web Console in the real runtime, over real HTTP: it opens only with the administrator's credentials
 * (never admin/admin), and shows Hookwire's Plugins, Hooks and Telemetry pages. The administrator and the plugins
 * come from {@link AdminFixtures} (test fixtures), since the host does not implement them yet.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebConsoleIT extends RuntimeTestSupport {
    private static final String PLUGINS = "/system/console/hookwire-plugins";
    private static final String USER = "ops";
    private static final String PASSWORD = "correct horse battery staple";
    private static final String[] SIGNED_IN = {"Authorization", Http.basic(USER, PASSWORD)};
    private static final Pattern TOKEN = Pattern.compile("name=\"hookwire-csrf\" value=\"([^\"]+)\"");

    private final AdminFixtures.InMemoryPluginAdmin admin = new AdminFixtures.InMemoryPluginAdmin();
    private ServiceRegistration<AdminAuthenticator> authenticatorFixture;
    private ServiceRegistration<PluginAdmin> adminFixture;

    @Before
    public void registerTheFixturesAndWaitForTheConsole() throws Exception {
        // outrank any real implementation, and restart the console's bundle so that its components bind to these
        Dictionary<String, Object> top = new Hashtable<>(Map.of(Constants.SERVICE_RANKING, Integer.MAX_VALUE));
        authenticatorFixture = context.registerService(AdminAuthenticator.class,
                new AdminFixtures.OneUserAuthenticator(USER, PASSWORD), top);
        adminFixture = context.registerService(PluginAdmin.class, admin, top);
        Bundle pages = bundle("io.hookwire.web.console");
        pages.stop();
        pages.start();
        http.await(PLUGINS, 200, 30, SIGNED_IN);
    }

    @After
    public void unregisterTheFixtures() {
        if (adminFixture != null) {
            adminFixture.unregister();
        }
        if (authenticatorFixture != null) {
            authenticatorFixture.unregister();
        }
    }

    @Test
    public void withoutCredentialsEveryConsolePageIs401WithABasicChallenge() throws Exception {
        for (String path : new String[] {PLUGINS, "/system/console/bundles", "/system/console/configMgr"}) {
            Http.Answer answer = http.get(path);
            assertThat(answer.status()).as(path).isEqualTo(401);
            assertThat(answer.header("WWW-Authenticate")).as(path).startsWith("Basic realm=\"Hookwire administration\"");
        }
    }

    @Test
    public void wrongCredentialsAndTheConsolesOldDefaultAre401() throws Exception {
        assertThat(http.get(PLUGINS, "Authorization", Http.basic(USER, "wrong")).status()).isEqualTo(401);
        assertThat(http.get(PLUGINS, "Authorization", Http.basic("nobody", PASSWORD)).status()).isEqualTo(401);
        assertThat(http.get(PLUGINS, "Authorization", Http.basic("admin", "admin")).status()).isEqualTo(401);
        assertThat(http.get("/system/console/bundles", "Authorization", Http.basic("admin", "admin")).status())
                .isEqualTo(401);
    }

    @Test
    public void withoutAnAuthenticatorTheConsoleClosesEvenToAdminAdmin() throws Exception {
        authenticatorFixture.unregister();
        authenticatorFixture = null;
        // the security provider goes with the authenticator, and the console, which requires it, with the provider
        long deadline = System.nanoTime() + 30_000_000_000L;
        int status;
        do {
            status = http.get("/system/console/bundles", "Authorization", Http.basic("admin", "admin")).status();
            assertThat(status).as("admin/admin").isIn(401, 404);
            assertThat(http.get(PLUGINS, SIGNED_IN).status()).as("the former administrator").isIn(401, 404);
            Thread.sleep(50);
        } while (status != 404 && System.nanoTime() < deadline);
        assertThat(status).as("the console is not served").isEqualTo(404);
    }

    @Test
    public void withoutAPluginAdminThereIsNoPluginsPageButTheOthersRemain() throws Exception {
        adminFixture.unregister();
        adminFixture = null;

        assertThat(http.await(PLUGINS, 404, 10, SIGNED_IN).status()).isEqualTo(404);
        assertThat(http.get("/system/console/hookwire-hooks", SIGNED_IN).status()).isEqualTo(200);
        assertThat(http.get("/system/console/hookwire-hooks", SIGNED_IN).body()).doesNotContain("hookwire-plugins");
    }

    @Test
    public void theAdministratorSeesThePluginsPageInTheHookwireCategory() throws Exception {
        Http.Answer answer = http.get(PLUGINS, SIGNED_IN);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("<td>user-greeter</td><td>User Greeter</td>", "Hookwire",
                "hookwire-hooks", "hookwire-telemetry");
    }

    @Test
    public void theHooksPageListsTheGreetersHandlersInRunOrder() throws Exception {
        Http.Answer answer = http.get("/system/console/hookwire-hooks", SIGNED_IN);
        assertThat(answer.status()).isEqualTo(200);
        String body = answer.body();
        assertThat(body).contains(">greeter:message</td>");
        int hook = body.indexOf(">greeter:message</td>");
        int welcome = body.indexOf("<td>welcome</td>", hook);
        int signature = body.indexOf("<td>signature</td>", hook);
        assertThat(welcome).isPositive();
        assertThat(signature).isGreaterThan(welcome);
    }

    @Test
    public void theTelemetryPageShowsTheGreeter() throws Exception {
        http.get("/api/v1/greeter/greet?name=Tel");
        Http.Answer answer = http.get("/system/console/hookwire-telemetry", SIGNED_IN);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).contains("<td>user-greeter</td><td>greeter:message</td><td>filter</td>");
    }

    @Test
    public void aFormOfThePageActsAsTheSignedInUserAndOnlyWithItsToken() throws Exception {
        Matcher token = TOKEN.matcher(http.get(PLUGINS, SIGNED_IN).body());
        assertThat(token.find()).isTrue();
        Map<String, String> disable = Map.of("action", "disable", "plugin", "user-greeter", "tenants", "");

        assertThat(http.postForm(PLUGINS, disable, SIGNED_IN).status()).isEqualTo(403);
        assertThat(http.postForm(PLUGINS, Map.of("hookwire-csrf", token.group(1)), new String[0]).status())
                .isEqualTo(401);
        assertThat(admin.changes).isEmpty();

        Map<String, String> withToken = new java.util.HashMap<>(disable);
        withToken.put("hookwire-csrf", token.group(1));
        Http.Answer posted = http.postForm(PLUGINS, withToken, SIGNED_IN);
        assertThat(posted.status()).isEqualTo(303);
        assertThat(admin.changes).containsExactly("disable user-greeter [] " + USER);

        String location = posted.header("Location");
        assertThat(location).startsWith(PLUGINS + "?outcome=");
        assertThat(http.get(location, SIGNED_IN).body()).contains("Disabled &#39;user-greeter&#39; everywhere.");
    }
}
