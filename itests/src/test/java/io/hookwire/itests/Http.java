package io.hookwire.itests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for the tests: real requests over loopback, JSON bodies parsed with Jackson. */
final class Http {
    /** An answer: its status, content type and body parsed as JSON (null when it is not JSON). */
    record Answer(int status, String contentType, String body, JsonNode json) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    Answer get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") ? JSON.readTree(response.body()) : null;
        return new Answer(response.statusCode(), type, response.body(), json);
    }

    /** GETs {@code path} until it answers {@code status}, at most {@code seconds}; returns the last answer. */
    Answer await(String path, int status, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Answer last = null;
        IOException failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path);
                if (last.status() == status) {
                    return last;
                }
            } catch (IOException e) {
                failure = e;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " did not answer " + status + " within " + seconds + " s; last answer: "
                + last + (failure == null ? "" : ", last error: " + failure));
    }
}
