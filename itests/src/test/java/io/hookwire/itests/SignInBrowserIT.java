package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two-factor authentication through the shell's pages: turning it on in the user settings, then signing in with the
 * code step (a wrong code, the right one), and signing out from the user menu. The real runtime jar in a child
 * process, Debian's Chromium.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInBrowserIT {
    private static final String ADMIN_PASSWORD = "sign-in-browser-secret";

    private RuntimeProcess runtime;
    private Http http;
    private AdminClient admin;
    private Browser browser;

    @BeforeAll
    void start() throws Exception {
        runtime = RuntimeProcess.withExamples("sign-in-browser");
        TestArtifacts.deploy("client-theme", runtime.deploy());
        runtime.start(Map.of("HOOKWIRE_ADMIN_PASSWORD", ADMIN_PASSWORD));
        http = new Http(runtime.port);
        admin = new AdminClient(http, "admin", ADMIN_PASSWORD);
        Visitors.awaitAccounts(http);
        ShellBrowserIT.awaitClientPlugins(http, List.of("enterprise-audit", "notes", "test-client-theme",
                "user-greeter"));
        browser = new Browser(runtime.port);
    }

    @AfterAll
    void stop() throws Exception {
        try (RuntimeProcess r = runtime; Browser b = browser) {
            // both closed (either may be null), the browser first
        }
    }

    /** ui:theme:config: a plugin's theme draws the page from its first render, and goes with the plugin. */
    @Test
    void aPluginsThemeIsAppliedBeforeTheFirstRenderAndGoesWithThePlugin() throws Exception {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login").awaitPluginsReady();
        assertThat(primary()).isEqualTo("#0f766e");
        assertThat(browser.script("return getComputedStyle(arguments[0]).backgroundColor;",
                browser.byTestId("login-submit"))).isEqualTo("rgb(15, 118, 110)");
        assertThat(browser.script("return getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--hw-radius').trim();")).isEqualTo("3px");
        browser.screenshot("login-themed");

        browser.script("window.__themeMarker = 'still here';");
        try {
            assertThat(admin.post("plugins/test-client-theme/disable", null).status()).isEqualTo(200);
            browser.await(d -> "#4f46e5".equals(primary()));
            assertThat(browser.script("return window.__themeMarker;")).as("no reload").isEqualTo("still here");
        } finally {
            assertThat(admin.post("plugins/test-client-theme/enable", null).status()).isEqualTo(200);
        }
        browser.await(d -> "#0f766e".equals(primary()));
    }

    private String primary() {
        return (String) browser.script("return getComputedStyle(document.documentElement)"
                + ".getPropertyValue('--hw-color-primary').trim();");
    }

    @Test
    void aUserTurnsOnTwoFactorAuthenticationThenSignsInWithTheCodeAndSignsOutFromTheMenu() throws Exception {
        Visitors.Visitor grace = Visitors.signedIn(http, "grace"); // registered (the register page: ShellBrowserIT)
        signIn(grace);

        // Settings → Security: enable, read the secret as an authenticator app would, confirm with its code
        browser.open("/settings/user/security").awaitPluginsReady();
        browser.await(d -> d.findElements(Browser.testId("mfa-enable")).stream().findFirst().orElse(null)).click();
        String secret = browser.await(d -> d.findElements(Browser.testId("mfa-secret")).stream().findFirst()
                .orElse(null)).getText().strip();
        browser.byTestId("mfa-confirm-code").sendKeys(Totp.code(secret, Instant.now()));
        browser.byTestId("mfa-confirm").click();
        browser.await(d -> !d.findElements(Browser.testId("mfa-on")).isEmpty());
        browser.screenshot("settings-security");
        signOut();

        // signing in now asks for the code, and only the code of the moment lets the user in
        browser.open("/login").awaitPluginsReady();
        browser.byTestId("login-email").sendKeys(grace.email());
        browser.byTestId("login-password").sendKeys(Visitors.PASSWORD);
        browser.byTestId("login-submit").click();
        WebElement code = browser.await(d -> d.findElements(Browser.testId("mfa-code")).stream().findFirst()
                .orElse(null));
        // a field of its own, not the sign-in form's e-mail input reused with its value
        assertThat(code.getAttribute("value")).isEmpty();
        assertThat(browser.path()).as("not signed in yet").isEqualTo("/login");
        assertThat(status("/api/v1/auth/me")).isEqualTo(401);
        browser.screenshot("mfa");

        code.sendKeys("000000");
        browser.byTestId("mfa-submit").click();
        WebElement alert = browser.await(d -> d.findElements(By.cssSelector("[role=alert]"))
                .stream().findFirst().orElse(null));
        assertThat(alert.getText()).isNotBlank();
        assertThat(browser.path()).isEqualTo("/login");

        WebElement field = browser.byTestId("mfa-code");
        field.clear();
        // the next step's code: the one that confirmed the enrolment cannot be used again (the server allows one step
        // of drift)
        field.sendKeys(Totp.code(secret, Instant.now().plusSeconds(30)));
        browser.byTestId("mfa-submit").click();
        browser.await(d -> browser.path().equals("/dashboard"));
        browser.awaitPluginsReady();
        assertThat(browser.byTestId("user-menu").getText()).contains("grace");
        signOut();
        assertThat(status("/api/v1/auth/me")).as("the session ended").isEqualTo(401);
    }

    private void signIn(Visitors.Visitor visitor) {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login").awaitPluginsReady();
        browser.byTestId("login-email").sendKeys(visitor.email());
        browser.byTestId("login-password").sendKeys(Visitors.PASSWORD);
        browser.byTestId("login-submit").click();
        browser.await(d -> browser.path().equals("/dashboard"));
        browser.awaitPluginsReady();
    }

    /** Signs out from the user menu; ends on the sign-in page. */
    private void signOut() {
        browser.byTestId("user-menu").click();
        browser.await(d -> d.findElements(Browser.testId("sign-out")).stream().findFirst().orElse(null)).click();
        browser.await(d -> browser.path().equals("/login"));
    }

    /** The status of a GET from the page, with its cookies. */
    private int status(String path) {
        return ((Number) browser.script("return fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.status);",
                path)).intValue();
    }
}
