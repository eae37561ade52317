package io.hookwire.audit.internal.dlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class RedactorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SSN = Pattern.compile("\\b\\d{3}-\\d{2}-\\d{4}\\b");

    private final Redactor redactor = new Redactor(true, List.of(SSN), "[REDACTED]");

    @Test
    void textBodiesAreRedactedAsText() {
        String body = "Card 4111 1111 1111 1111, SSN 078-05-1120, order 42.";
        assertThat(redactor.redactBody("text/plain; charset=UTF-8", body))
                .isEqualTo("Card [REDACTED], SSN [REDACTED], order 42.");
        assertThat(redactor.redactBody("text/csv", "4111111111111111,ok")).isEqualTo("[REDACTED],ok");
    }

    @Test
    void jsonValuesAreRedactedAndEverythingElseKeepsItsCharacters() throws Exception {
        String body = "{\n  \"card\" : \"4111-1111-1111-1111\",\n  \"note\": \"call 078-05-1120\",\n"
                + "  \"items\": [1, 2.5, true, null, {\"n\": 5555555555554444}],\n  \"id\": 4111111111111112\n}";
        String redacted = redactor.redactBody("application/json", body);
        assertThat(redacted).isEqualTo("{\n  \"card\" : \"[REDACTED]\",\n  \"note\": \"call [REDACTED]\",\n"
                + "  \"items\": [1, 2.5, true, null, {\"n\": \"[REDACTED]\"}],\n  \"id\": 4111111111111112\n}");
        JsonNode tree = JSON.readTree(redacted);
        assertThat(tree.get("items").get(4).get("n").asText()).isEqualTo("[REDACTED]");
        assertThat(tree.get("id").asLong()).isEqualTo(4111111111111112L);
    }

    @Test
    void namesAreNeverChanged() throws Exception {
        String body = "{\"4111111111111111\":\"value\"}";
        assertThat(redactor.redactBody("application/json", body)).isSameAs(body);
    }

    @Test
    void escapedDigitsAreSeenAndTheResultIsReEscaped() throws Exception {
        // "\u0034" is '4': the card is there once the string is decoded
        String body = "{\"a\":\"\\u0034111111111111111 \\\"quoted\\\"\\n\",\"b\":\"\\u00e9t\\u00e9\"}";
        String redacted = redactor.redactBody("application/json", body);
        assertThat(JSON.readTree(redacted).get("a").asText()).isEqualTo("[REDACTED] \"quoted\"\n");
        assertThat(redacted).endsWith(",\"b\":\"\\u00e9t\\u00e9\"}");
    }

    @Test
    void aReplacementWithQuotesKeepsTheJsonValid() throws Exception {
        Redactor quoting = new Redactor(true, List.of(), "<\"x\\y\">");
        String redacted = quoting.redactBody("application/vnd.api+json", "[\"4111111111111111\", 4111111111111111]");
        JsonNode tree = JSON.readTree(redacted);
        assertThat(tree.get(0).asText()).isEqualTo("<\"x\\y\">");
        assertThat(tree.get(1).asText()).isEqualTo("<\"x\\y\">");
    }

    @Test
    void otherBodiesAreLeftIntact() {
        String card = "4111111111111111";
        assertThat(redactor.redactBody("application/octet-stream", card)).isSameAs(card);
        assertThat(redactor.redactBody("image/svg+xml", card)).isSameAs(card);
        assertThat(redactor.redactBody(null, card)).isSameAs(card);
    }

    @Test
    void nothingSensitiveGivesTheSameString() {
        String json = "{\"id\":\"550e8400-e29b-41d4-a716-446655440000\",\"at\":1767225600000,\"n\":12}";
        assertThat(redactor.redactBody("application/json", json)).isSameAs(json);
        String text = "nothing to see, 1234 5678";
        assertThat(redactor.redactBody("text/plain", text)).isSameAs(text);
    }

    @Test
    void aJsonBodyThatIsNotJsonIsRedactedAsText() {
        assertThat(redactor.redactBody("application/json", "{broken 4111111111111111"))
                .isEqualTo("{broken [REDACTED]");
    }

    @Test
    void cardsCanBeLeftToThePatterns() {
        Redactor patternsOnly = new Redactor(false, List.of(SSN), "***");
        assertThat(patternsOnly.redactBody("application/json", "{\"c\":4111111111111111,\"s\":\"078-05-1120\"}"))
                .isEqualTo("{\"c\":4111111111111111,\"s\":\"***\"}");
    }

    @Test
    void largeBodiesKeepTheirOffsets() throws Exception {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 5000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"i\":").append(i).append(",\"c\":\"4111 1111 1111 1111\"}");
        }
        String redacted = redactor.redactBody("application/json", json.append(']').toString());
        JsonNode tree = JSON.readTree(redacted);
        assertThat(tree).hasSize(5000);
        assertThat(tree.get(4999).get("i").asInt()).isEqualTo(4999);
        assertThat(redacted).doesNotContain("4111 1111").contains("\"c\":\"[REDACTED]\"");
    }
}
