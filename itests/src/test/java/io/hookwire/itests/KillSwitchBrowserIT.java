package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The kill switch in the browser: a runtime started with {@code PLUGINS_DISABLED=1} lists and loads only the core
 * plugins' modules (enterprise-audit), and the shell still works without the optional ones.
 */
class KillSwitchBrowserIT {
    private static final String PASSWORD = "kill-switch-browser-secret";

    private RuntimeProcess runtime;
    private Browser browser;

    @AfterEach
    void stop() throws Exception {
        try (RuntimeProcess r = runtime; Browser b = browser) {
            // both closed (either may be null), the browser first
        }
    }

    @Test
    void withTheKillSwitchOnlyCorePluginsModulesLoad() throws Exception {
        runtime = RuntimeProcess.withExamples("kill-switch-browser");
        for (String plugin : ShellBrowserIT.CLIENT_TEST_PLUGINS) {
            TestArtifacts.deploy(plugin, runtime.deploy());
        }
        runtime.start(Map.of("HOOKWIRE_ADMIN_PASSWORD", PASSWORD, "PLUGINS_DISABLED", "1"));
        Http http = new Http(runtime.port);
        AdminClient admin = new AdminClient(http, "admin", PASSWORD);
        http.await("/api/v1/admin/plugins", 200, 120, "Authorization", Http.basic("admin", PASSWORD));
        // every plugin has been seen (the optional ones stopped by the switch), so the list is final
        for (String id : List.of("notes", "user-greeter", "test-client-broken", "test-client-hang",
                "test-client-widget-throws")) {
            admin.awaitPlugin(id, p -> p.path("reason").asText().contains("kill switch"), 120,
                    "stopped by the kill switch");
        }
        JsonNode list = ShellBrowserIT.awaitClientPlugins(http, List.of("enterprise-audit"));
        assertThat(list.get("killSwitch").asBoolean()).isTrue();

        browser = new Browser(runtime.port);
        browser.open("/login").awaitPluginsReady();
        browser.byTestId("login-email");
        JsonNode state = browser.hookwire();
        assertThat(ShellBrowserIT.texts(state.get("booted"))).containsExactly("enterprise-audit");
        assertThat(ShellBrowserIT.texts(state.get("failed"))).isEmpty();
        List<String> modules = ShellBrowserIT.texts(browser.scriptJson(
                "return JSON.stringify(performance.getEntriesByType('resource').map(e => e.name)"
                        + ".filter(n => n.includes('/client/')));"));
        assertThat(modules).isNotEmpty().allMatch(url -> url.contains("/client/enterprise-audit/"));
        browser.screenshot("kill-switch-login");
    }
}
