package io.hookwire.itests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The admin REST API ({@code /api/v1/admin/}) as the tests call it: over real HTTP, with the administrator's
 * credentials, as an operator's {@code curl -u admin:...} would.
 */
final class AdminClient {
    private final Http http;
    private final String authorization;

    AdminClient(Http http, String user, String password) {
        this.http = http;
        this.authorization = Http.basic(user, password);
    }

    Http.Answer get(String path) throws IOException, InterruptedException {
        return http.get("/api/v1/admin/" + path, "Authorization", authorization);
    }

    Http.Answer post(String path, String json) throws IOException, InterruptedException {
        return http.send("POST", "/api/v1/admin/" + path, json, "Authorization", authorization);
    }

    Http.Answer put(String path, String json) throws IOException, InterruptedException {
        return http.send("PUT", "/api/v1/admin/" + path, json, "Authorization", authorization);
    }

    /** Sends {@code method} without a body. */
    Http.Answer send(String method, String path) throws IOException, InterruptedException {
        return http.send(method, "/api/v1/admin/" + path, null, "Authorization", authorization);
    }

    /** The plugin as {@code GET /api/v1/admin/plugins/{id}} shows it; fails unless that answers 200. */
    JsonNode plugin(String id) throws IOException, InterruptedException {
        return ok(get("plugins/" + id));
    }

    /** The deploy problems, as {@code GET /api/v1/admin/problems} lists them. */
    List<JsonNode> problems() throws IOException, InterruptedException {
        List<JsonNode> problems = new ArrayList<>();
        ok(get("problems")).forEach(problems::add);
        return problems;
    }

    /** Asks for the plugin until it is in {@code state} (as the API spells it, for example ACTIVE). */
    JsonNode awaitState(String id, String state, int seconds) throws IOException, InterruptedException {
        return awaitPlugin(id, p -> state.equals(p.path("state").asText()), seconds, "state " + state);
    }

    /** Asks for the plugin until it matches, at most {@code seconds}; returns it. */
    JsonNode awaitPlugin(String id, Predicate<JsonNode> condition, int seconds, String what)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Http.Answer last = null;
        while (System.nanoTime() < deadline) {
            last = get("plugins/" + id);
            if (last.status() == 200 && condition.test(last.json())) {
                return last.json();
            }
            Thread.sleep(100);
        }
        String message = "plugin " + id + " did not reach " + what + " within " + seconds + " s";
        throw new AssertionError(message + "; last answer: " + (last == null ? null : last.status() + " " + last.body())
                + "; " + ThreadDump.write(message));
    }

    /** Asks for the deploy problems until one of {@code source} (a file name) is there; returns it. */
    JsonNode awaitProblem(String source, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<JsonNode> last = List.of();
        while (System.nanoTime() < deadline) {
            last = problems();
            for (JsonNode problem : last) {
                if (problem.path("source").asText().endsWith(source)) {
                    return problem;
                }
            }
            Thread.sleep(100);
        }
        String message = "no deploy problem for " + source + " within " + seconds + " s";
        throw new AssertionError(message + "; problems: " + last + "; " + ThreadDump.write(message));
    }

    private static JsonNode ok(Http.Answer answer) {
        if (answer.status() != 200) {
            throw new AssertionError("expected 200, got " + answer.status() + ": " + answer.body());
        }
        return answer.json();
    }
}
