package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The web shell and the browser plugins in a real headless Chromium (issue 5, §4): the shipped runtime started with
 * {@code java -jar} as a child process, with the three example plugins and the client test plugins in its deploy
 * folder, and one browser that registers and signs in through the pages, as a person does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShellBrowserIT {
    static final String PASSWORD = "shell-browser-secret";
    static final String[] CLIENT_TEST_PLUGINS = {"client-broken", "client-widget-throws", "client-hang"};
    private static final int START_SECONDS = 120;

    private RuntimeProcess runtime;
    private Http http;
    private AdminClient admin;
    private Browser browser;
    private final String email = "ada-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    private final String password = "correct horse battery";
    private boolean registered;

    @BeforeAll
    void start() throws Exception {
        runtime = RuntimeProcess.withExamples("shell-browser");
        for (String plugin : CLIENT_TEST_PLUGINS) {
            TestArtifacts.deploy(plugin, runtime.deploy());
        }
        runtime.start(Map.of("HOOKWIRE_ADMIN_PASSWORD", PASSWORD));
        http = new Http(runtime.port);
        admin = new AdminClient(http, "admin", PASSWORD);
        awaitClientPlugins(http, List.of("enterprise-audit", "notes", "test-client-broken", "test-client-hang",
                "test-client-widget-throws", "user-greeter"));
        http.await("/api/v1/admin/plugins", 200, START_SECONDS, "Authorization", Http.basic("admin", PASSWORD));
        browser = new Browser(runtime.port);
    }

    /** Waits until {@code GET /api/v1/client-plugins} lists exactly these plugins (every bundle is up). */
    static JsonNode awaitClientPlugins(Http http, List<String> ids) throws InterruptedException {
        return http.await("/api/v1/client-plugins", a -> a.status() == 200 && a.json() != null
                && a.json().get("plugins").findValuesAsText("id").equals(ids), "the client plugins " + ids,
                START_SECONDS).json();
    }

    @AfterAll
    void stop() throws Exception {
        try (RuntimeProcess r = runtime; Browser b = browser) {
            // both closed (either may be null), the browser first
        }
    }

    /** Registers through the register page (once), then signs in through the login page; ends on the dashboard. */
    private void signIn() throws Exception {
        browser.driver.manage().deleteAllCookies();
        if (!registered) {
            browser.open("/register");
            browser.byTestId("register-name").sendKeys("Ada Lovelace");
            browser.byTestId("register-email").sendKeys(email);
            browser.byTestId("register-password").sendKeys(password);
            browser.screenshot("register");
            browser.byTestId("register-submit").click();
            browser.await(d -> !browser.path().equals("/register"));
            registered = true;
            browser.driver.manage().deleteAllCookies();
        }
        browser.open("/login");
        browser.byTestId("login-email").sendKeys(email);
        browser.byTestId("login-password").sendKeys(password);
        browser.screenshot("login");
        browser.byTestId("login-submit").click();
        browser.await(d -> browser.path().equals("/dashboard"));
        browser.awaitPluginsReady();
    }

    @Test
    void signedInTheDashboardShowsEachExamplePluginsWidgetInItsSlotAndTheNotesNavItem() throws Exception {
        signIn();
        WebElement greeting = browser.awaitWidget("dashboard.main.top", "user-greeter");
        assertThat(greeting.findElement(Browser.testId("greeting")).getText()).contains("Ada Lovelace");
        browser.await(d -> greeting.findElements(Browser.testId("greeting-message")).size() == 1);
        assertThat(greeting.findElement(Browser.testId("greeting-message")).getText())
                .contains("Hello, Ada Lovelace!", "(sent by the User Greeter plugin)");
        WebElement recent = browser.awaitWidget("dashboard.sidebar", "notes");
        assertThat(recent.findElement(Browser.testId("recent-notes")).getText()).contains("Recent notes");
        WebElement nav = browser.byTestId("nav-main");
        WebElement notesItem = nav.findElement(Browser.testId("nav-item-notes"));
        assertThat(notesItem.getText()).contains("Notes");
        assertThat(notesItem.getAttribute("href")).endsWith("/p/notes");
        JsonNode state = browser.hookwire();
        assertThat(texts(state.get("booted"))).contains("enterprise-audit", "notes", "user-greeter",
                "test-client-widget-throws");
        assertThat(state.get("firstRenderMs").asDouble()).isPositive();
        browser.screenshot("dashboard");

        // the admin area: enterprise-audit's widget with the latest events of the user's team
        browser.script("return fetch('/api/v1/teams', {method: 'POST', credentials: 'same-origin',"
                + " headers: {'Content-Type': 'application/json'}, body: JSON.stringify({name: 'Analytical'})})"
                + ".then(r => r.status);");
        browser.open("/admin").awaitPluginsReady();
        WebElement audit = browser.awaitWidget("admin.dashboard.widgets", "enterprise-audit");
        browser.await(d -> !audit.findElements(Browser.testId("audit-event")).isEmpty());
        assertThat(audit.getText()).contains("team:created");
        browser.screenshot("admin");
    }

    @Test
    void theNotesPageCreatesANoteAndListsIt() throws Exception {
        signIn();
        browser.byTestId("nav-main").findElement(Browser.testId("nav-item-notes")).click();
        browser.await(d -> browser.path().equals("/p/notes"));
        browser.byTestId("notes-new").click();
        browser.await(d -> browser.path().equals("/p/notes/new"));
        String title = "Shopping list " + UUID.randomUUID().toString().substring(0, 6);
        browser.byTestId("notes-title").sendKeys(title);
        browser.byTestId("notes-body").sendKeys("Milk, eggs, and a new analytical engine.");
        browser.byTestId("notes-save").click();
        browser.await(d -> browser.path().matches("/p/notes/[^/]+") && !browser.path().equals("/p/notes/new"));
        // a file attached through the page's file input (multipart), listed, and downloaded as it was
        java.nio.file.Path file = java.nio.file.Files.writeString(
                java.nio.file.Files.createTempDirectory("notes-upload").resolve("receipt é.txt"), "42 crowns\n");
        browser.byTestId("notes-attachments");
        browser.driver.findElement(Browser.testId("notes-file")).sendKeys(file.toString());
        WebElement attachment = browser.byTestId("notes-attachment");
        assertThat(attachment.getText()).contains("receipt é.txt", "10 B");
        String href = attachment.findElement(By.tagName("a")).getAttribute("href");
        assertThat(browser.script("return fetch(arguments[0]).then(r => r.text());", href)).isEqualTo("42 crowns\n");
        browser.screenshot("notes-editor");
        browser.driver.findElement(By.cssSelector(".notes-back")).click();
        browser.await(d -> browser.path().equals("/p/notes"));
        WebElement list = browser.byTestId("notes-list");
        browser.await(ExpectedConditions.textToBePresentInElement(list, title));
        assertThat(list.findElements(Browser.testId("notes-item"))).hasSizeGreaterThanOrEqualTo(1);
        assertThat(browser.byTestId("page-title").getText()).isEqualTo("Notes");
        browser.screenshot("notes");

        // the sidebar widget lists it too, after client-side navigation back to the dashboard
        browser.byTestId("nav-main").findElement(Browser.testId("nav-item-dashboard")).click();
        WebElement recent = browser.awaitWidget("dashboard.sidebar", "notes");
        browser.await(ExpectedConditions.textToBePresentInElement(recent, title));
    }

    @Test
    void aModuleThatThrowsWhileBootingLeavesTheRestOfThePageAndIsInItsPluginsTelemetry() throws Exception {
        signIn();
        browser.awaitWidget("dashboard.main.top", "user-greeter");
        assertThat(texts(browser.hookwire().get("failed"))).contains("test-client-broken");
        assertThat(browser.driver.findElements(Browser.testId("client-broken-widget"))).isEmpty();
        assertThat(browser.byTestId("nav-main").findElements(Browser.testId("nav-item-notes"))).hasSize(1);

        JsonNode telemetry = admin.awaitPlugin("test-client-broken",
                p -> p.toString().contains("client-broken fails at boot on purpose"), 30, "its boot failure");
        JsonNode failure = telemetry.get("client").get(0);
        assertThat(failure.get("kind").asText()).isEqualTo("boot");
        assertThat(failure.get("hook").asText()).isEqualTo("boot");
        assertThat(failure.get("failures").asLong()).isPositive();
        Http.Answer all = admin.get("telemetry");
        assertThat(all.json().get("client").toString()).contains("test-client-broken",
                "client-broken fails at boot on purpose");
        Http.Answer console = http.get("/system/console/hookwire-telemetry", "Authorization",
                Http.basic("admin", PASSWORD));
        assertThat(console.status()).isEqualTo(200);
        assertThat(console.body()).contains("test-client-broken", "client-broken fails at boot on purpose");
    }

    @Test
    void aWidgetThatThrowsWhileRenderingIsAnErrorBoxAndTheRestStays() throws Exception {
        signIn();
        browser.awaitWidget("dashboard.main.bottom", "test-client-widget-throws");
        WebElement error = browser.await(d -> d.findElements(By.cssSelector(
                ".hw-slot[data-slot='dashboard.main.bottom'] .hw-widget-error")).stream().findFirst().orElse(null));
        assertThat(error.getText()).contains("test-client-widget-throws");
        assertThat(browser.byTestId("client-widget-works").getText()).isEqualTo("This widget works.");
        browser.awaitWidget("dashboard.main.top", "user-greeter");
        browser.awaitWidget("dashboard.sidebar", "notes");
        JsonNode widget = admin.awaitPlugin("test-client-widget-throws",
                p -> p.toString().contains("client-widget-throws renders badly on purpose"), 30,
                "its widget failure").get("client").get(0);
        assertThat(widget.get("kind").asText()).isEqualTo("widget");
        assertThat(widget.get("hook").asText()).isEqualTo("dashboard.main.bottom");
    }

    @Test
    void theInterceptorsRequestIdReachesTheServer() throws Exception {
        signIn();
        browser.network(); // drain
        browser.open("/p/notes");
        browser.byTestId("notes-new");
        List<Browser.Exchange> calls = browser.await(d -> {
            try {
                List<Browser.Exchange> found = browser.network().stream()
                        .filter(e -> e.url().contains("/api/v1/notes") && e.status() == 200).toList();
                return found.isEmpty() ? null : found;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Browser.Exchange call = calls.get(0);
        assertThat(call.requestHeader("X-Request-Id")).as("sent by the page").matches("ea-[0-9a-f-]{36}");
        assertThat(call.responseHeader("X-Request-Id")).as("accepted by the server")
                .isEqualTo(call.requestHeader("X-Request-Id"));

        // and it is kept in the audit trail: the registration through the register page (secureFetch, so the
        // interceptor ran) wrote auth.registered with the request id the page sent
        String userId = browser.scriptJson("return fetch('/api/v1/auth/me').then(r => r.text());")
                .get("user").get("id").asText();
        JsonNode registered = null;
        for (JsonNode entry : admin.get("audit?limit=10000").json()) {
            if (entry.get("action").asText().equals("auth.registered")
                    && entry.get("resource").asText().equals("user/" + userId)) {
                registered = entry;
            }
        }
        assertThat(registered).as("the audit entry of the registration").isNotNull();
        assertThat(registered.get("requestId").asText()).matches("ea-[0-9a-f-]{36}");
    }

    @Test
    void disablingAPluginWhileThePageIsOpenRemovesItsWidgetWithoutAReload() throws Exception {
        signIn();
        browser.awaitWidget("dashboard.main.top", "user-greeter");
        browser.script("window.__notReloaded = 'still here';");
        try {
            assertThat(admin.post("plugins/user-greeter/disable", null).status()).isEqualTo(200);
            browser.await(d -> browser.widgets("dashboard.main.top", "user-greeter").isEmpty());
            assertThat(browser.script("return window.__notReloaded;")).isEqualTo("still here");
            assertThat(browser.widgets("dashboard.sidebar", "notes")).hasSize(1);
        } finally {
            assertThat(admin.post("plugins/user-greeter/enable", null).status()).isEqualTo(200);
        }
        browser.awaitWidget("dashboard.main.top", "user-greeter");
        assertThat(browser.script("return window.__notReloaded;")).isEqualTo("still here");
    }

    @Test
    void aModuleThatNeverFinishesBootingDoesNotHoldThePage() throws Exception {
        signIn(); // awaits the FOUC gate, which the hanging plugin cannot hold past its budget
        assertThat(browser.script("return window.__clientHangBooting === true;")).isEqualTo(true);
        browser.awaitWidget("dashboard.main.top", "user-greeter");
        browser.awaitWidget("dashboard.sidebar", "notes");
        JsonNode state = browser.hookwire();
        assertThat(texts(state.get("booted"))).doesNotContain("test-client-hang");
        assertThat(texts(state.get("failed"))).contains("test-client-hang");
        // what it registered before its budget ran out stays (it may still finish booting)
        assertThat(browser.awaitWidget("dashboard.main.bottom", "test-client-hang").getText())
                .contains("Registered before hanging.");
        // reported as a boot that timed out
        JsonNode hang = admin.awaitPlugin("test-client-hang", p -> p.path("client").toString().contains("\"boot\""),
                30, "its boot timeout");
        JsonNode boot = hang.get("client").get(0);
        assertThat(boot.get("kind").asText()).isEqualTo("boot");
        assertThat(boot.get("timeouts").asLong()).isPositive();
    }

    @Test
    void theModuleUrlServesTheClientFolderOnlyAClassFileIs404() throws Exception {
        JsonNode list = http.get("/api/v1/client-plugins").json();
        String module = null;
        for (JsonNode plugin : list.get("plugins")) {
            if (plugin.get("id").asText().equals("notes")) {
                module = plugin.get("module").asText();
            }
        }
        assertThat(module).matches("/client/notes/[^/]+/index\\.js");
        Http.Answer js = http.get(module);
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.contentType()).startsWith("text/javascript");
        assertThat(js.body()).contains("registerPage");
        String folder = module.substring(0, module.length() - "index.js".length());
        // the bundle's classes, manifest and changelog are beside client/, never under it
        for (String path : new String[] {"io/hookwire/notes/Note.class", "META-INF/MANIFEST.MF",
                "db/changelog.xml", "client/index.js", ""}) {
            Http.Answer answer = http.get(folder + path);
            assertThat(answer.status()).as(folder + path).isEqualTo(404);
            assertThat(answer.body()).as(folder + path).doesNotContain("Exception").doesNotContain("Plugin-Id");
        }
        // ways out of the folder: refused (Jetty may already answer 400 for an ambiguous path), never served
        for (String path : new String[] {"../io/hookwire/notes/Note.class", "%2e%2e/io/hookwire/notes/Note.class",
                "..%2fio/hookwire/notes/Note.class", "../META-INF/MANIFEST.MF", "%2E%2E/db/changelog.xml"}) {
            Http.Answer answer = http.get(folder + path);
            assertThat(answer.status()).as(folder + path).isIn(400, 404);
            assertThat(answer.body()).as(folder + path).doesNotContain("Exception").doesNotContain("Plugin-Id")
                    .doesNotContain("databaseChangeLog");
        }
        assertThat(http.get(module.replaceFirst("/client/notes/[^/]+/", "/client/notes/0.0.0-x/")).status())
                .as("another version").isEqualTo(404);
    }

    @Test
    void userGreetersFrenchTranslatesTheShellAndThePlugins() throws Exception {
        signIn();
        try {
            browser.open("/settings/user");
            // French is offered once the plugins booted and their translations were applied
            browser.await(d -> d.findElements(By.cssSelector("[data-testid='settings-language'] option[value='fr']"))
                    .stream().findFirst().orElse(null));
            WebElement language = browser.byTestId("settings-language");
            assertThat(language.findElement(By.cssSelector("option[value='fr']")).getText()).isEqualTo("Français");
            new org.openqa.selenium.support.ui.Select(language).selectByValue("fr");
            WebElement nav = browser.byTestId("nav-main");
            browser.await(ExpectedConditions.textToBePresentInElement(nav.findElement(
                    Browser.testId("nav-item-dashboard")), "Tableau de bord"));
            nav.findElement(Browser.testId("nav-item-dashboard")).click();
            WebElement recent = browser.awaitWidget("dashboard.sidebar", "notes");
            browser.await(ExpectedConditions.textToBePresentInElement(recent, "Notes récentes"));
            assertThat(browser.awaitWidget("dashboard.main.top", "user-greeter").getText())
                    .containsAnyOf("Bonjour", "Bon après-midi", "Bonsoir");
            assertThat(browser.script("return document.documentElement.lang;")).isEqualTo("fr");
            browser.screenshot("dashboard-fr");
        } finally {
            browser.script("localStorage.removeItem('hookwire.lang');");
        }
    }

    @Test
    void anUnknownPluginPageIsAProperNotFoundPage() throws Exception {
        signIn();
        browser.open("/p/no-such-plugin/anything");
        WebElement notFound = browser.byTestId("not-found");
        assertThat(notFound.findElements(By.cssSelector("a[href='/'], a[href='/dashboard']"))).isNotEmpty();
        browser.screenshot("not-found");
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new java.util.ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}
