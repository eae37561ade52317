package io.hookwire.itests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The HTTP pipeline and db:query in the real runtime, over real HTTP, with the test plugin {@code test-pipeline}
 * (itests/plugins/pipeline): an {@code http:request} handler refuses a request, an {@code http:response} filter
 * redacts card numbers and nothing else, a {@code db:query} handler counts statements, and every request has an id.
 *
 * <p>What depends on the order of the JAX-RS filters (the tenant seen by {@code http:request}, the administrator's
 * refusal coming first) is tested against the real runtime in {@link PipelineRuntimeIT}: inside Pax Exam, CXF does
 * not see the filters' priorities (see io.hookwire.host.pipeline.PipelineOrder).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PipelineIT extends RuntimeTestSupport {
    private static final String HEX_ID = "[0-9a-f]{32}";
    private static final String CARD = "4111 1111 1111 1111";

    @Before
    public void deployThePlugin() throws Exception {
        if (!Files.exists(deploy.resolve(TestArtifacts.plugin("pipeline").getFileName()))) {
            TestArtifacts.deploy("pipeline", deploy);
        }
        http.await("/api/v1/test-pipeline/card", 200, 60);
    }

    private JsonNode seenRequest(String id) throws Exception {
        Http.Answer seen = http.get("/api/v1/test-pipeline/requests/" + id);
        assertThat(seen.status()).as("the http:request handler saw " + id).isEqualTo(200);
        return seen.json();
    }

    @Test
    public void everyRequestHasAnIdThatIsAnsweredAndHandedToHandlers() throws Exception {
        Http.Answer mine = http.get("/api/v1/health", "X-Request-Id", "itest-rid-1");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.header("X-Request-Id")).isEqualTo("itest-rid-1");
        JsonNode seen = seenRequest("itest-rid-1");
        assertThat(seen.get("method").asText()).isEqualTo("GET");
        assertThat(seen.get("path").asText()).isEqualTo("/api/v1/health");

        assertThat(http.get("/api/v1/health", "X-Request-Id", "not well-formed!").header("X-Request-Id"))
                .as("a malformed id is replaced").matches(HEX_ID);
        String generated = http.get("/api/v1/health").header("X-Request-Id");
        assertThat(generated).matches(HEX_ID);
        assertThat(http.get("/api/v1/health").header("X-Request-Id")).isNotEqualTo(generated);
        assertThat(seenRequest(generated).get("requestId").asText()).isEqualTo(generated);

        // errors carry it too: no such path, and the administrator's refusal
        Http.Answer missing = http.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("X-Request-Id")).matches(HEX_ID);
        Http.Answer unauthorized = http.get("/api/v1/admin/plugins", "X-Request-Id", "itest-rid-401");
        assertThat(unauthorized.status()).isEqualTo(401);
        assertThat(unauthorized.header("X-Request-Id")).isEqualTo("itest-rid-401");
    }

    @Test
    public void aHandlerRefusesARequestWithItsStatusAndAJsonErrorAndTheResourceDoesNotRun() throws Exception {
        Http.Answer refused = http.get("/api/v1/health", "X-Test-Refuse", "blocked-by-it");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/json");
        assertThat(refused.json().get("error").asText()).isEqualTo("refused_by_test");
        assertThat(refused.json().get("message").asText()).isEqualTo("refused: blocked-by-it");
        assertThat(refused.json().get("details").get("requestId").asText())
                .isEqualTo(refused.header("X-Request-Id")).matches(HEX_ID);

        Http.Answer probe = http.send("POST", "/api/v1/test-pipeline/queries/probe?value=itest-refused", null,
                "X-Test-Refuse", "no probe");
        assertThat(probe.status()).isEqualTo(403);
        assertThat(queries().toString()).doesNotContain("itest-refused");
        assertThat(http.send("POST", "/api/v1/test-pipeline/queries/probe?value=itest-let-through", null).status())
                .isEqualTo(200);
        assertThat(queries().toString()).contains("itest-let-through");

        Http.Answer other = http.get("/api/v1/health");
        assertThat(other.status()).as("the others go through").isEqualTo(200);
        assertThat(other.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    public void theHandlerSeesTheCallerAndNoCredentials() throws Exception {
        Visitors.awaitAccounts(http);
        Visitors.Visitor ada = Visitors.signedIn(http, "ada"); // her browser sends the session cookie
        assertThat(ada.http().get("/api/v1/health?x=1", "X-Request-Id", "itest-who-1", "Authorization",
                "Bearer secret-token").status()).isEqualTo(200);
        JsonNode seen = seenRequest("itest-who-1");
        assertThat(seen.get("userId").asText()).isEqualTo(ada.id());
        assertThat(seen.get("query").asText()).isEqualTo("x=1");
        assertThat(seen.get("remoteAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(seen.get("headers").toString()).contains("<hidden>").doesNotContain("secret-token")
                .doesNotContain("hookwire_session=");

        http.get("/api/v1/health", "X-Request-Id", "itest-who-2");
        assertThat(seenRequest("itest-who-2").get("userId").isNull()).as("nobody signed in any more").isTrue();
    }

    @Test
    public void aResponseFilterRedactsCardNumbersInTextBodiesAndNothingElse() throws Exception {
        Http.Answer json = http.get("/api/v1/test-pipeline/card");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).isEqualTo("{\"card\":\"[REDACTED]\",\"note\":\"order 1234-5678 ships today\","
                + "\"amount\":4111}");
        JsonNode filtered = http.get("/api/v1/test-pipeline/responses/" + json.header("X-Request-Id")).json();
        assertThat(filtered.get("status").asInt()).isEqualTo(200);
        assertThat(filtered.get("mediaType").asText()).startsWith("application/json");

        assertThat(http.get("/api/v1/test-pipeline/card.txt").body())
                .isEqualTo("card [REDACTED], note: keep 1234 5678\n");
        Http.Answer binary = http.get("/api/v1/test-pipeline/card.bin");
        assertThat(binary.body()).as("binary passes untouched").isEqualTo("card " + CARD + "\n");
        assertThat(http.get("/api/v1/test-pipeline/responses/" + binary.header("X-Request-Id")).status())
                .as("the filter never saw it").isEqualTo(404);

        // streamed bodies keep working: text is filtered whole, binary streams through untouched
        List<String> text = http.get("/api/v1/test-pipeline/stream.txt").body().lines().toList();
        List<String> raw = http.get("/api/v1/test-pipeline/stream.bin").body().lines().toList();
        List<String> expectedText = new ArrayList<>();
        List<String> expectedRaw = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            expectedText.add("line " + i + " card [REDACTED]");
            expectedRaw.add("line " + i + " card " + CARD);
        }
        assertThat(text).isEqualTo(expectedText);
        assertThat(raw).isEqualTo(expectedRaw);

        // an error body is a text body too
        Http.Answer error = http.get("/api/v1/test-pipeline/requests/4111111111111111");
        assertThat(error.status()).isEqualTo(404);
        assertThat(error.json().get("message").asText()).contains("[REDACTED]").doesNotContain("4111111111111111");
    }

    @Test
    public void dbQueryFiresForEveryStatementWithItsSqlAndBindingsAndAHandlersOwnQueryIsNotReported()
            throws Exception {
        long before = queries().get("count").asLong();
        Http.Answer probe = http.send("POST", "/api/v1/test-pipeline/queries/probe?value=itest-probe-42", null);
        assertThat(probe.json().get("value").asText()).isEqualTo("itest-probe-42");
        JsonNode after = queries();
        assertThat(after.get("count").asLong()).isGreaterThan(before);
        assertThat(after.get("recent")).anySatisfy(q -> {
            assertThat(q.get("sql").asText()).isEqualTo("SELECT CAST(? AS VARCHAR(100)) AS probe");
            assertThat(q.get("bindings").toString()).isEqualTo("[\"itest-probe-42\"]");
            assertThat(q.get("elapsedNanos").asLong()).isPositive();
        });

        // the host's own statements go through the same DataSource
        assertThat(admin.get("audit").status()).isEqualTo(200);
        assertThat(queries().get("recent").findValuesAsText("sql")).anySatisfy(sql ->
                assertThat(sql).containsIgnoringCase("from hookwire_audit"));

        // a handler that queries the database itself: its query runs, and is not reported (no endless recursion)
        assertThat(http.send("PUT", "/api/v1/test-pipeline/queries/recursion?on=true", null).status()).isEqualTo(200);
        try {
            http.send("POST", "/api/v1/test-pipeline/queries/probe?value=itest-recursion", null);
            JsonNode recursion = queries();
            assertThat(recursion.get("recursionProbes").asLong()).isPositive();
            assertThat(recursion.get("recent").findValuesAsText("sql"))
                    .noneSatisfy(sql -> assertThat(sql).contains("recursion probe"));
        } finally {
            http.send("PUT", "/api/v1/test-pipeline/queries/recursion?on=false", null);
        }
    }

    @Test
    public void anUnexpectedErrorIsLoggedWithTheRequestId() throws Exception {
        Http.Answer boom = http.get("/api/v1/test-pipeline/boom", "X-Request-Id", "itest-boom-1");
        assertThat(boom.status()).isEqualTo(500);
        assertThat(boom.header("X-Request-Id")).isEqualTo("itest-boom-1");
        assertThat(boom.json().get("details").get("requestId").asText()).isEqualTo("itest-boom-1");
        Path log = Path.of(context.getProperty("hookwire.data"), "log", "hookwire.log");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        String text = "";
        while (System.nanoTime() < deadline && !text.contains("Request itest-boom-1 failed unexpectedly")) {
            Thread.sleep(100);
            text = read(log);
        }
        assertThat(text).contains("Request itest-boom-1 failed unexpectedly", "failing on purpose (test-pipeline)");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private JsonNode queries() throws Exception {
        Http.Answer answer = http.get("/api/v1/test-pipeline/queries");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }
}
