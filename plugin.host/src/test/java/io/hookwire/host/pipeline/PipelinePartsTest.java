package io.hookwire.host.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import io.hookwire.api.rest.ApiError;
import io.hookwire.hooks.core.RequestVerdict;
import org.junit.jupiter.api.Test;

/** The plain parts of the HTTP pipeline; the filters themselves are tested over HTTP (itests: PipelineIT). */
class PipelinePartsTest {
    @Test
    void aWellFormedClientIdIsKeptAndAnythingElseReplaced() {
        assertThat(RequestIds.accept("abc-123_x.y:z")).isEqualTo("abc-123_x.y:z");
        for (String bad : new String[] {null, "", "has space", "line\nbreak", "-leading", "x".repeat(129), "é"}) {
            String id = RequestIds.accept(bad);
            assertThat(id).isNotEqualTo(bad).matches("[0-9a-f]{32}");
        }
        assertThat(RequestIds.accept("x".repeat(128))).hasSize(128);
    }

    @Test
    void workHandedToAnotherThreadCarriesTheRequestId() throws Exception {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor();
        try {
            RequestIds.set("ea-42");
            java.util.concurrent.Callable<String> carried = RequestIds.carrying(RequestIds::current);
            RequestIds.clear();
            assertThat(worker.submit(carried).get()).isEqualTo("ea-42");
            // the worker forgets it afterwards
            assertThat(worker.submit(RequestIds::current).get()).isNull();
            // outside a request there is nothing to carry
            assertThat(worker.submit(RequestIds.carrying(RequestIds::current)).get()).isNull();
        } finally {
            RequestIds.clear();
            worker.shutdownNow();
        }
    }

    @Test
    void generatedIdsAreDistinct() {
        Set<String> ids = IntStream.range(0, 10_000).mapToObj(i -> RequestIds.generate()).collect(Collectors.toSet());
        assertThat(ids).hasSize(10_000).allSatisfy(id -> assertThat(RequestIds.wellFormed(id)).isTrue());
    }

    @Test
    void textBodiesAreFilteredAndBinaryOnesAreNot() {
        for (String type : List.of("application/json", "application/problem+json", "text/plain", "text/html",
                "text/csv", "application/xml", "application/atom+xml", "APPLICATION/JSON")) {
            assertThat(TextBodies.filterable(MediaType.valueOf(type))).as(type).isTrue();
        }
        for (String type : List.of("application/octet-stream", "image/png", "application/zip", "application/pdf",
                "text/event-stream", "*/*", "application/*")) {
            assertThat(TextBodies.filterable(MediaType.valueOf(type))).as(type).isFalse();
        }
        assertThat(TextBodies.filterable(null)).isFalse();
    }

    @Test
    void theCharsetComesFromTheMediaTypeElseUtf8() {
        assertThat(TextBodies.charset(MediaType.valueOf("text/plain;charset=ISO-8859-1")))
                .isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(TextBodies.charset(MediaType.APPLICATION_JSON_TYPE)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(TextBodies.charset(MediaType.valueOf("text/plain;charset=no-such-charset"))).isNull();
    }

    @Test
    void credentialsInHeadersAreHiddenFromHandlers() {
        Map<String, List<String>> headers = Exchanges.headers(Map.of("authorization", List.of("Basic c2VjcmV0"),
                "Cookie", List.of("session=abc", "other=def"), "Accept", List.of("application/json")));
        assertThat(headers.get("Authorization")).containsExactly(Exchanges.HIDDEN);
        assertThat(headers.get("cookie")).containsExactly(Exchanges.HIDDEN, Exchanges.HIDDEN);
        assertThat(headers.get("accept")).containsExactly("application/json");
    }

    @Test
    void aHeaderWithoutAValueIsKeptEmpty() {
        Map<String, List<String>> raw = new java.util.HashMap<>();
        raw.put("X-Empty", java.util.Arrays.asList("a", null));
        raw.put(null, List.of("ignored"));
        raw.put("X-None", null);
        Map<String, List<String>> headers = Exchanges.headers(raw);
        assertThat(headers).containsOnlyKeys("X-Empty", "X-None");
        assertThat(headers.get("x-empty")).containsExactly("a", "");
        assertThat(headers.get("X-None")).isEmpty();
    }

    @Test
    void aRefusalIsAJsonErrorWithTheStatusCodeMessageAndRequestId() {
        RequestVerdict verdict = new RequestVerdict();
        verdict.reject(403, "blocked", "not from here");
        verdict.reject(500, "later", "ignored: the first refusal wins");
        Response refusal = HttpRequestHook.refusal(verdict.rejection().orElseThrow(), "rid-1");
        assertThat(refusal.getStatus()).isEqualTo(403);
        assertThat(refusal.getMediaType()).isEqualTo(MediaType.APPLICATION_JSON_TYPE);
        assertThat(refusal.getEntity()).isEqualTo(new ApiError("blocked", "not from here",
                Map.of("requestId", "rid-1")));

        RequestVerdict bare = new RequestVerdict();
        bare.reject(429, null, " ");
        ApiError error = (ApiError) HttpRequestHook.refusal(bare.rejection().orElseThrow(), "rid-2").getEntity();
        assertThat(error.error()).isEqualTo("request_refused");
        assertThat(error.message()).contains("http:request");
    }
}
