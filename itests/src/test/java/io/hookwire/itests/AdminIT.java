package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Hashtable;
import java.util.Map;

import javax.inject.Inject;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.Hooks;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Administration of the real runtime, as an operator does it: the admin REST API and the Web Console need the
 * administrator's credentials, the safe mode stops the optional plugins and restores exactly what was there, a
 * plugin can be enabled for some tenants only, and the Gogo commands show the same.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AdminIT extends RuntimeTestSupport {
    private static final String[] NO_CREDENTIALS = {};

    @Inject
    private Hooks hooks;

    @Inject
    private CommandProcessor gogo;

    @Inject
    private ServiceComponentRuntime scr;



    /**
     * The administrator's filter is there before the credentials are (they wait for the database): meanwhile the
     * admin paths answer 503 with a Retry-After, and are never served without a password.
     */
    @Test
    public void withoutTheCredentialsLoadedTheAdminPathsAre503AndNeverOpen() throws Exception {
        ComponentDescriptionDTO credentials = scr.getComponentDescriptionDTO(bundle("io.hookwire.plugin.host"),
                "io.hookwire.host.security.AdminCredentials");
        String basic = Http.basic(PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD);
        scr.disableComponent(credentials).getValue();
        try {
            Http.Answer starting = http.await("/api/v1/admin/plugins", 503, 30, "Authorization", basic);
            assertThat(starting.header("Retry-After")).isEqualTo("1");
            assertThat(starting.json().get("error").asText()).isEqualTo("unavailable");
            assertThat(http.get("/api/v1/hooks", NO_CREDENTIALS).status()).isEqualTo(503);
            assertThat(http.get("/api/v1/admin/no-such-thing", NO_CREDENTIALS).status()).isEqualTo(503);
        } finally {
            scr.enableComponent(credentials).getValue();
        }
        assertThat(http.await("/api/v1/admin/plugins", 200, 30, "Authorization", basic).json().get("plugins"))
                .isNotNull();
        assertThat(http.get("/api/v1/admin/plugins", NO_CREDENTIALS).status()).isEqualTo(401);
    }

    @Test
    public void theAdminApiAndTheConsoleAre401WithoutTheCredentialsAnd200WithThem() throws Exception {
        for (String path : new String[] {"/api/v1/admin/plugins", "/api/v1/admin/hooks", "/api/v1/admin/telemetry",
                "/system/console/hookwire-plugins", "/system/console/bundles"}) {
            Http.Answer anonymous = http.get(path, NO_CREDENTIALS);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.header("WWW-Authenticate")).as(path).startsWith("Basic");
            assertThat(http.get(path, "Authorization", Http.basic(PaxExamRuntime.ADMIN, "wrong")).status())
                    .as(path).isEqualTo(401);
            assertThat(http.get(path, "Authorization", Http.basic("admin", "admin")).status()).as(path)
                    .isEqualTo(401);
            assertThat(http.await(path, 200, 30, "Authorization",
                    Http.basic(PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD)).body()).as(path).isNotEmpty();
        }
        JsonNode plugins = admin.get("plugins").json();
        assertThat(plugins.get("plugins").findValuesAsText("id")).contains("user-greeter");
        assertThat(http.get("/system/console/hookwire-plugins", "Authorization",
                Http.basic(PaxExamRuntime.ADMIN, PaxExamRuntime.ADMIN_PASSWORD)).body()).contains("user-greeter");
    }

    @Test
    public void badRequestsGetAJsonErrorWithA4xxStatus() throws Exception {
        Http.Answer missing = admin.get("plugins/no-such-plugin");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isNotEmpty();
        assertThat(missing.json().get("message").asText()).contains("no-such-plugin");

        Http.Answer badJson = admin.post("plugins/user-greeter/disable", "{not json");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.json().get("error").asText()).isEqualTo("invalid_json");
        assertThat(badJson.body()).doesNotContain("at io.", "at org.");

        Http.Answer unconfirmed = admin.post("plugins/user-greeter/purge", "{\"confirm\":\"yes\"}");
        assertThat(unconfirmed.status()).isEqualTo(400);
        assertThat(admin.plugin("user-greeter").get("state").asText()).isEqualTo("ACTIVE");
    }

    @Test
    public void theSafeModeStopsTheOptionalPluginsAndRestoresExactlyTheStatesFromBefore() throws Exception {
        TestArtifacts.deploy("failing", deploy);
        http.await("/api/v1/test-failing/ping", 200, 60);
        assertThat(admin.post("plugins/test-failing/disable", null).status()).isEqualTo(200);
        http.await("/api/v1/test-failing/ping", 404, 30);

        assertThat(admin.put("safe-mode", "{\"enabled\":true}").json().get("enabled").asBoolean()).isTrue();
        http.await("/api/v1/greeter/greet?name=Ada", 404, 30);
        assertThat(admin.plugin("user-greeter").get("reason").asText()).contains("safe mode");
        assertThat(admin.get("plugins").json().get("safeMode").asBoolean()).isTrue();

        assertThat(admin.put("safe-mode", "{\"enabled\":false}").json().get("enabled").asBoolean()).isFalse();
        http.await("/api/v1/greeter/greet?name=Ada", 200, 60);
        admin.awaitState("user-greeter", "ACTIVE", 30);
        JsonNode failing = admin.plugin("test-failing");
        assertThat(failing.get("enabled").asBoolean()).as("a plugin disabled before stays disabled").isFalse();
        assertThat(failing.get("state").asText()).isEqualTo("INSTALLED");
        assertThat(http.get("/api/v1/test-failing/ping").status()).isEqualTo(404);
        assertThat(admin.get("audit").json().toString()).contains("safe_mode.on", "safe_mode.off");
    }

    @Test
    public void aPluginEnabledForOneTenantRunsForThatTenantOnly() throws Exception {
        TestArtifacts.deploy("tenant", deploy);
        http.await("/api/v1/test-tenant/label", 200, 60);
        assertThat(admin.post("plugins/test-tenant/disable", null).status()).isEqualTo(200);
        JsonNode enabled = admin.post("plugins/test-tenant/enable", "{\"tenants\":[\"acme\"]}").json();
        assertThat(enabled.get("tenants").toString()).isEqualTo("[\"acme\"]");
        admin.awaitState("test-tenant", "ACTIVE", 30);

        // the plugin's own resource: served for acme, not found for another tenant or none
        assertThat(http.await("/api/v1/test-tenant/label", 200, 30, "X-Hookwire-Tenant", "acme").json()
                .get("label").asText()).isEqualTo("label [tenant plugin]");
        assertThat(http.get("/api/v1/test-tenant/label", "X-Hookwire-Tenant", "globex").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/test-tenant/label").status()).isEqualTo(404);

        // its handler, called from a resource that is no plugin's: it runs for acme only
        ServiceRegistration<?> caller = context.registerService(LabelCaller.class, new LabelCaller(hooks),
                new Hashtable<>(Map.of("osgi.jaxrs.resource", true, "osgi.jaxrs.application.select",
                        "(osgi.jaxrs.name=.default)")));
        try {
            assertThat(http.await("/api/v1/itest/label", 200, 30, "X-Hookwire-Tenant", "acme").body())
                    .isEqualTo("label [tenant plugin]");
            assertThat(http.get("/api/v1/itest/label", "X-Hookwire-Tenant", "globex").body()).isEqualTo("label");
            assertThat(http.get("/api/v1/itest/label").body()).isEqualTo("label");
        } finally {
            caller.unregister();
        }
    }

    @Test
    public void theGogoCommandsListThePluginsAndTheHooks() throws Exception {
        assertThat(gogo("hookwire:plugins")).contains("user-greeter", "ACTIVE");
        assertThat(gogo("hookwire:plugin user-greeter")).contains("user-greeter", "optional");
        assertThat(gogo("hookwire:hooks")).contains("greeter:message", "welcome", "signature");
        assertThat(gogo("hookwire:telemetry")).contains("user-greeter");
        assertThat(gogo("hookwire:safemode")).containsIgnoringCase("off");
    }

    private String gogo(String command) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        try (CommandSession session = gogo.createSession(new ByteArrayInputStream(new byte[0]), print, print)) {
            Object result = session.execute(command);
            if (result != null) {
                print.println(session.format(result, 0));
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A JAX-RS resource of the test, not of any plugin: it applies the tenant plugin's filter to "label". */
    @Path("/api/v1/itest")
    public static final class LabelCaller {
        private static final FilterHook<String, Void> LABEL = FilterHook.of("test-tenant:label", String.class,
                Void.class);
        private final Hooks hooks;

        LabelCaller(Hooks hooks) {
            this.hooks = hooks;
        }

        @GET
        @Path("label")
        @Produces(MediaType.TEXT_PLAIN)
        public String label() {
            return hooks.applyFilters(LABEL, "label");
        }
    }
}
