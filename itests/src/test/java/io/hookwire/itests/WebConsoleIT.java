package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The Felix Web Console in the real runtime, over real HTTP: it opens only with the administrator's credentials
 * (never admin/admin), and shows Hookwire's Plugins, Hooks and Telemetry pages. The administrator is the host's own,
 * with the password the test runtime is given; the plugins are the host's.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class WebConsoleIT extends RuntimeTestSupport {
    private static final String PLUGINS = "/system/console/hookwire-plugins";
    private static final String USER = PaxExamRuntime.ADMIN;
    private static final String PASSWORD = PaxExamRuntime.ADMIN_PASSWORD;
    private static final String[] SIGNED_IN = {"Authorization", Http.basic(USER, PASSWORD)};
    private static final Pattern TOKEN = Pattern.compile("name=\"hookwire-csrf\" value=\"([^\"]+)\"");

    @Before
    public void waitForTheConsole() throws Exception {
        http.await(PLUGINS, 200, 30, SIGNED_IN);
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
    public void theConsoleAcceptsOnlyHookwiresSecurityProvider() {
        // without it the console would fall back to its built-in admin/admin while no provider is registered
        assertThat(context.getProperty("felix.webconsole.security.providers")).isEqualTo("hookwire");
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
        AdminClient admin = new AdminClient(http, USER, PASSWORD);
        assertThat(admin.plugin("user-greeter").get("enabled").asBoolean()).as("nothing changed").isTrue();

        Map<String, String> withToken = new java.util.HashMap<>(disable);
        withToken.put("hookwire-csrf", token.group(1));
        Http.Answer posted = http.postForm(PLUGINS, withToken, SIGNED_IN);
        assertThat(posted.status()).isEqualTo(303);
        try {
            assertThat(admin.plugin("user-greeter").get("enabled").asBoolean()).isFalse();
            assertThat(admin.get("audit?limit=1").json().get(0).toString())
                    .contains("\"actor\":\"" + USER + "\"", "plugin.disabled");
            String location = posted.header("Location");
            assertThat(location).startsWith(PLUGINS + "?outcome=");
            assertThat(http.get(location, SIGNED_IN).body()).contains("Disabled &#39;user-greeter&#39; everywhere.");
        } finally {
            withToken.put("action", "enable");
            assertThat(http.postForm(PLUGINS, withToken, SIGNED_IN).status()).isEqualTo(303);
        }
        http.await("/api/v1/greeter/greet?name=Back", 200, 30);
    }
}
