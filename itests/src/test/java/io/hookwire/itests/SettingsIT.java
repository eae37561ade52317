package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/**
 * A plugin's settings and logger in the real runtime. Settings: the capabilities test plugin's Metatype is served by
 * {@code GET /api/v1/admin/plugins/{id}/settings} with ConfigAdmin's values; a bad value is a 400 naming the field
 * and stores nothing; a good one is stored, reaches the plugin's component, is audited and shows in the Web
 * Console's Configuration page. Logger: what the plugin logs through the Log Service carries its bundle.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class SettingsIT extends RuntimeTestSupport {
    private static final String PLUGIN = "test-capabilities";
    private static final String PID = "io.hookwire.testplugin.capabilities";
    private static final String SETTINGS = "plugins/" + PLUGIN + "/settings";
    private static final String[] CONSOLE = {"Authorization", Http.basic(PaxExamRuntime.ADMIN,
            PaxExamRuntime.ADMIN_PASSWORD)};

    @Inject
    private ConfigurationAdmin configAdmin;

    @Inject
    private LogReaderService logReader;

    @Before
    public void deployThePlugin() throws Exception {
        if (!Files.exists(deploy.resolve(TestArtifacts.plugin("capabilities").getFileName()))) {
            TestArtifacts.deploy("capabilities", deploy);
        }
        http.await("/api/v1/test-capabilities/settings", 200, 60);
        admin.awaitState(PLUGIN, "ACTIVE", 10);
    }

    private JsonNode ownPid(JsonNode view) {
        for (JsonNode pid : view.get("settings")) {
            if (pid.get("pid").asText().equals(PID)) {
                return pid;
            }
        }
        throw new AssertionError("no " + PID + " in " + view);
    }

    private Http.Answer put(String valuesJson) throws Exception {
        return admin.put(SETTINGS, "{\"pid\":\"" + PID + "\",\"values\":" + valuesJson + "}");
    }

    private Map<String, Object> stored() throws Exception {
        Configuration[] found = configAdmin.listConfigurations("(service.pid=" + PID + ")");
        if (found == null) {
            return Map.of();
        }
        Dictionary<String, Object> properties = found[0].getProperties();
        Map<String, Object> copy = new HashMap<>();
        for (String key : Collections.list(properties.keys())) {
            Object value = properties.get(key);
            copy.put(key, value instanceof Object[] array ? List.of(array) : value);
        }
        return copy;
    }

    @Test
    public void theViewShowsEveryAttributeDefinitionWithItsDefaults() throws Exception {
        Http.Answer answer = admin.get(SETTINGS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode pid = ownPid(answer.json());
        assertThat(pid.get("factory").asBoolean()).isFalse();
        assertThat(pid.get("name").asText()).isEqualTo("Test capabilities");
        Map<String, JsonNode> attributes = new HashMap<>();
        pid.get("attributes").forEach(a -> attributes.put(a.get("id").asText(), a));
        assertThat(attributes).containsOnlyKeys("greeting", "max.items", "verbose", "mode", "tags", "secret");
        assertThat(attributes.get("max.items").get("type").asText()).isEqualTo("Integer");
        assertThat(attributes.get("max.items").get("name").asText()).isEqualTo("Max items");
        assertThat(attributes.get("verbose").get("type").asText()).isEqualTo("Boolean");
        assertThat(attributes.get("secret").get("type").asText()).isEqualTo("Password");
        assertThat(attributes.get("tags").get("cardinality").asInt()).isEqualTo(3);
        assertThat(attributes.get("mode").get("options").toString()).contains("\"value\":\"fast\"", "\"label\":\"Safe\"");
        assertThat(attributes.get("greeting").get("defaultValue").get(0).asText()).isEqualTo("hello");
        JsonNode values = pid.get("values");
        assertThat(values.has("secret")).as("a password is never shown").isFalse();
        if (!pid.get("stored").asBoolean()) {
            assertThat(values.get("max.items").asInt()).isEqualTo(10);
            assertThat(values.get("mode").asText()).isEqualTo("safe");
        }

        assertThat(http.get("/api/v1/admin/" + SETTINGS).status()).as("admin only").isEqualTo(401);
        assertThat(admin.get("plugins/nobody/settings").status()).isEqualTo(404);
    }

    @Test
    public void aBadValueIs400NamingTheFieldAndTheStoredSettingsStayAsTheyWere() throws Exception {
        assertThat(put("{\"greeting\":\"kept\"}").status()).isEqualTo(200);
        Map<String, Object> before = stored();
        assertThat(before).containsEntry("greeting", "kept");

        Map<String, String> bad = Map.of(
                "{\"greeting\":\"lost\",\"max.items\":500}", "max.items",
                "{\"max.items\":0}", "max.items",
                "{\"max.items\":\"many\"}", "max.items",
                "{\"max.items\":1.5}", "max.items",
                "{\"verbose\":\"yes\"}", "verbose",
                "{\"mode\":\"turbo\"}", "mode",
                "{\"tags\":[\"a\",\"b\",\"c\",\"d\"]}", "tags",
                "{\"greeting\":[\"a\",\"b\"]}", "greeting",
                "{\"nope\":1}", "nope");
        for (Map.Entry<String, String> e : bad.entrySet()) {
            Http.Answer answer = put(e.getKey());
            assertThat(answer.status()).as(e.getKey() + " -> " + answer.body()).isEqualTo(400);
            assertThat(answer.json().get("details").get("field").asText()).as(e.getKey()).isEqualTo(e.getValue());
            assertThat(answer.json().get("message").asText()).as(e.getKey()).contains(e.getValue());
        }
        assertThat(admin.put(SETTINGS, "{\"values\":{}}").json().get("details").get("field").asText())
                .isEqualTo("pid");
        assertThat(admin.put(SETTINGS, "{\"pid\":\"" + PID + "\",\"values\":[1]}").json().get("details")
                .get("field").asText()).isEqualTo("values");
        assertThat(admin.put(SETTINGS, "not json").status()).isEqualTo(400);
        assertThat(admin.put(SETTINGS, "{\"pid\":\"io.hookwire.host.drive\",\"values\":{\"max.file.bytes\":1}}")
                .status()).as("another bundle's PID").isEqualTo(404);
        assertThat(configAdmin.listConfigurations("(service.pid=io.hookwire.host.drive)")).as("not touched").isNull();
        assertThat(admin.put(SETTINGS, "{\"pid\":\"" + PID + "\",\"values\":{}}").json().get("details")
                .get("field").asText()).as("nothing to change").isEqualTo("values");

        assertThat(stored()).as("nothing stored changed").isEqualTo(before);
        assertThat(ownPid(admin.get(SETTINGS).json()).get("values").get("greeting").asText()).isEqualTo("kept");
        http.await("/api/v1/test-capabilities/settings", a -> a.json().get("greeting").asText().equals("kept"),
                "the plugin still on 'kept'", 30);
    }

    @Test
    public void goodValuesAreStoredReachThePluginAndAreAudited() throws Exception {
        Http.Answer answer = put("{\"max.items\":50,\"verbose\":true,\"mode\":\"fast\",\"tags\":[\"x\",\"y\"],"
                + "\"secret\":\"s3cret\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode values = ownPid(answer.json()).get("values");
        assertThat(values.get("max.items").asInt()).isEqualTo(50);
        assertThat(values.get("verbose").asBoolean()).isTrue();
        assertThat(values.get("tags").toString()).isEqualTo("[\"x\",\"y\"]");
        assertThat(values.has("secret")).isFalse();
        assertThat(ownPid(answer.json()).get("stored").asBoolean()).isTrue();

        Map<String, Object> stored = stored();
        assertThat(stored).containsEntry("max.items", 50).containsEntry("verbose", true)
                .containsEntry("tags", List.of("x", "y")).containsEntry("secret", "s3cret");
        JsonNode own = http.await("/api/v1/test-capabilities/settings",
                a -> a.json().get("maxItems").asInt() == 50, "the plugin's component reconfigured", 30).json();
        assertThat(own.get("mode").asText()).isEqualTo("fast");
        assertThat(own.get("verbose").asBoolean()).isTrue();
        assertThat(own.get("secretSet").asBoolean()).isTrue();
        assertThat(admin.get("audit").body()).contains("plugin.settings_changed");

        String console = http.get("/system/console/configMgr/" + PID + ".json", CONSOLE).body();
        assertThat(console).as("the Web Console's form of it").contains("Max items", "50");

        assertThat(put("{\"max.items\":null}").status()).as("null: back to the default").isEqualTo(200);
        assertThat(stored()).doesNotContainKey("max.items").containsEntry("mode", "fast");
        http.await("/api/v1/test-capabilities/settings", a -> a.json().get("maxItems").asInt() == 10,
                "the default again", 30);
    }

    @Test
    public void theWebConsoleListsThePluginsForm() throws Exception {
        String page = http.get("/system/console/configMgr", CONSOLE).body();
        assertThat(page).contains(PID, "Test capabilities");
    }

    @Test
    public void aPluginsLogEntriesCarryItsBundle() throws Exception {
        String message = "hello from the plugin " + UUID.randomUUID();
        List<LogEntry> entries = new CopyOnWriteArrayList<>();
        LogListener listener = entry -> {
            if (entry.getMessage() != null && entry.getMessage().contains(message)) {
                entries.add(entry);
            }
        };
        logReader.addLogListener(listener);
        try {
            assertThat(http.get("/api/v1/test-capabilities/log?message=" + message.replace(" ", "%20")).status())
                    .isEqualTo(200);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (entries.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } finally {
            logReader.removeLogListener(listener);
        }
        assertThat(entries).as("the entry reached the Log Service").isNotEmpty();
        LogEntry entry = entries.get(0);
        assertThat(entry.getBundle().getSymbolicName()).isEqualTo("io.hookwire.test-plugin-capabilities");
        assertThat(entry.getLoggerName()).isEqualTo("io.hookwire.testplugin.capabilities.InfoResource");
    }
}
