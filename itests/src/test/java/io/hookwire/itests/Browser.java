package io.hookwire.itests;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named by path, so that Selenium Manager
 * never runs and nothing is downloaded. Each browser has its own throw-away profile. Waits are bounded
 * ({@link WebDriverWait}); the network log (chromedriver's performance log) shows the headers the page sent.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of(System.getProperty("hookwire.screenshots", "target/screenshots"));
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    final ChromeDriver driver;
    final String base;
    private final Path profile;
    private final ChromeDriverService service;

    static {
        // Selenium looks for DevTools bindings matching Chromium's version, and warns when it has none; the tests
        // use WebDriver only (and chromedriver's own performance log), never DevTools
        java.util.logging.Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
    }

    Browser(int port) throws IOException {
        for (Path binary : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(binary)) {
                throw new IllegalStateException(binary + " is missing: the browser tests need Debian's Chromium and"
                        + " chromedriver; install them with: apt-get install -y chromium chromium-driver");
            }
        }
        this.base = "http://127.0.0.1:" + port;
        this.profile = Files.createTempDirectory("hookwire-chromium-");
        Files.createDirectories(SCREENSHOTS);
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        this.driver = new ChromeDriver(service, options);
    }

    /** Opens a page of the runtime: {@code path} starts with {@code /}. */
    Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    <T> T await(ExpectedCondition<T> condition) {
        return waiting().until(condition);
    }

    /** Waits until the shell's FOUC gate is open: every listed plugin booted, failed or ran out of its budget. */
    Browser awaitPluginsReady() {
        await(d -> "true".equals(script("return document.documentElement.dataset.pluginsReady || null;")));
        return this;
    }

    WebElement byTestId(String id) {
        return await(d -> d.findElements(testId(id)).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    static By testId(String id) {
        return By.cssSelector("[data-testid='" + id + "']");
    }

    /** The widget roots of a plugin in a slot. */
    List<WebElement> widgets(String slot, String plugin) {
        return driver.findElements(By.cssSelector(".hw-slot[data-slot='" + slot + "'] .hw-widget[data-slot='" + slot
                + "'][data-plugin='" + plugin + "']"));
    }

    WebElement awaitWidget(String slot, String plugin) {
        return await(d -> widgets(slot, plugin).stream().findFirst().orElse(null));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** {@code window.__hookwire}, as JSON. */
    JsonNode hookwire() {
        return scriptJson("return JSON.stringify(window.__hookwire || null);");
    }

    /** Runs a script that returns a JSON string, and parses it. */
    JsonNode scriptJson(String js, Object... args) {
        try {
            return JSON.readTree((String) script(js, args));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String path() {
        return (String) script("return location.pathname;");
    }

    /** Saves a PNG of the page as {@code itests/target/screenshots/<name>.png}. */
    Path screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        return Files.move(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A request the page sent since the last call, and the response it got. */
    record Exchange(String url, String method, JsonNode requestHeaders, int status, JsonNode responseHeaders) {
        String requestHeader(String name) {
            return header(requestHeaders, name);
        }

        String responseHeader(String name) {
            return header(responseHeaders, name);
        }

        private static String header(JsonNode headers, String name) {
            if (headers == null) {
                return null;
            }
            for (var fields = headers.fields(); fields.hasNext();) {
                var field = fields.next();
                if (field.getKey().equalsIgnoreCase(name)) {
                    return field.getValue().asText();
                }
            }
            return null;
        }
    }

    /** The requests of the network log since the last call (the log is drained by reading it). */
    List<Exchange> network() throws IOException {
        java.util.Map<String, JsonNode> sent = new java.util.LinkedHashMap<>();
        java.util.Map<String, JsonNode> received = new java.util.HashMap<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            String method = message.path("method").asText();
            JsonNode params = message.path("params");
            if (method.equals("Network.requestWillBeSent")) {
                sent.put(params.path("requestId").asText(), params.path("request"));
            } else if (method.equals("Network.responseReceived")) {
                received.put(params.path("requestId").asText(), params.path("response"));
            }
        }
        List<Exchange> exchanges = new ArrayList<>();
        sent.forEach((id, request) -> {
            JsonNode response = received.get(id);
            exchanges.add(new Exchange(request.path("url").asText(), request.path("method").asText(),
                    request.path("headers"), response == null ? 0 : response.path("status").asInt(),
                    response == null ? null : response.path("headers")));
        });
        return exchanges;
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
