package io.hookwire.itests;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A small HTTP client for the tests: real requests over loopback, JSON bodies parsed with Jackson. It follows no
 * redirects, so that a test sees them.
 */
final class Http {
    /** An answer: its status, content type, body parsed as JSON (null when it is not JSON), and headers. */
    record Answer(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {
        /** The first value of a header, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client;
    private final String base;
    private final CookieManager cookies;

    /** A client without cookies: every request stands alone. */
    Http(int port) {
        this("http://127.0.0.1:" + port, null);
    }

    private Http(String base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5));
        if (cookies != null) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
    }

    /**
     * A new client to the same runtime that keeps the cookies it is given, as a browser does: each one is a
     * different visitor (a session cookie set by one answer goes with the next requests).
     */
    Http browser() {
        return new Http(base, new CookieManager(null, CookiePolicy.ACCEPT_ORIGINAL_SERVER));
    }

    /** The value of a cookie this browser keeps, or null (also for a client without cookies). */
    String cookie(String name) {
        if (cookies == null) {
            return null;
        }
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return get(path, new String[0]);
    }

    /** GETs with extra headers, given as name, value, name, value... */
    Answer get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    /** POSTs a form ({@code application/x-www-form-urlencoded}) with extra headers. */
    Answer postForm(String path, Map<String, String> form, String... headers)
            throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Sends {@code method} (POST, PUT, DELETE...) with a JSON body ({@code null} for none) and extra headers. */
    Answer send(String method, String path, String json, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder builder = request(path, headers);
        if (json == null) {
            return send(builder.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        return send(builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Sends {@code method} with a body of this content type, for example a file upload. */
    Answer sendTyped(String method, String path, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The value of an {@code Authorization} header for HTTP Basic. */
    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    /**
     * Sends a request. One answer is sent again, a bounded number of times: CXF's 404 "No service was found", which
     * the JAX-RS whiteboard gives for a few milliseconds while it rebuilds an application because a resource or an
     * extension came or went (another plugin deployed, for example). It is a known limitation of the runtime (see
     * README.md, "Running plugins"); the tests check what they test, not that window.
     */
    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        for (int i = 0; i < REBUILD_RETRIES && rebuilding(response); i++) {
            Thread.sleep(25);
            response = client.send(built, HttpResponse.BodyHandlers.ofString());
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? JSON.readTree(response.body()) : null;
        return new Answer(response.statusCode(), type, response.body(), json, response.headers());
    }

    private static final int REBUILD_RETRIES = 40;

    private static boolean rebuilding(HttpResponse<String> response) {
        return response.statusCode() == 404 && response.body().contains("No service was found.");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** GETs {@code path} until it answers {@code status}, at most {@code seconds}; returns the last answer. */
    Answer await(String path, int status, int seconds, String... headers) throws InterruptedException {
        return await(path, a -> a.status() == status, "status " + status, seconds, headers);
    }

    /**
     * GETs {@code path} until its answer is what the test waits for, at most {@code seconds}; returns that answer.
     *
     * @param what what the test waits for, for the failure message
     */
    Answer await(String path, Predicate<Answer> expected, String what, int seconds, String... headers)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Answer last = null;
        IOException failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, headers);
                if (expected.test(last)) {
                    return last;
                }
            } catch (IOException e) {
                failure = e;
            }
            Thread.sleep(100);
        }
        String message = path + " did not answer " + what + " within " + seconds + " s";
        throw new AssertionError(message + "; last answer: " + last + (failure == null ? "" : ", last error: " + failure)
                + "; " + ThreadDump.write(message));
    }
}
