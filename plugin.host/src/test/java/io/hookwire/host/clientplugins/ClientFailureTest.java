package io.hookwire.host.clientplugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.hookwire.api.rest.ApiException;
import io.hookwire.host.rest.JsonMapping;

/** Reading a shell's failure report: every bad field is a 400 that names it. */
class ClientFailureTest {
    private static ObjectNode report() {
        ObjectNode node = JsonMapping.MAPPER.createObjectNode();
        node.put("plugin", "notes").put("hook", "ui:nav:main").put("kind", "filter").put("timedOut", false)
                .put("message", "TypeError: x is undefined").put("stack", "at f (index.js:1)").put("page", "/dashboard");
        return node;
    }

    private static void refused(JsonNode body, String field) {
        assertThatThrownBy(() -> ClientFailure.of(body)).isInstanceOf(ApiException.class)
                .satisfies(e -> {
                    ApiException api = (ApiException) e;
                    assertThat(api.status()).isEqualTo(400);
                    assertThat(api.details()).containsEntry("field", field);
                });
    }

    @Test
    void readsAGoodReport() {
        ClientFailure f = ClientFailure.of(report());
        assertThat(f).isEqualTo(new ClientFailure("notes", "ui:nav:main", "filter", false,
                "TypeError: x is undefined", "at f (index.js:1)", "/dashboard"));
        ObjectNode minimal = JsonMapping.MAPPER.createObjectNode().put("plugin", "notes").put("hook", "boot")
                .put("kind", "boot");
        assertThat(ClientFailure.of(minimal)).isEqualTo(new ClientFailure("notes", "boot", "boot", false, "", null,
                null));
    }

    @Test
    void eachBadFieldIsNamed() {
        refused(null, "body");
        refused(JsonMapping.MAPPER.createArrayNode(), "body");
        refused(report().without("plugin"), "plugin");
        refused(report().put("plugin", "Not An Id"), "plugin");
        refused(report().without("hook"), "hook");
        refused(report().put("hook", "a\nb"), "hook");
        refused(report().put("hook", "h".repeat(ClientFailure.MAX_HOOK + 1)), "hook");
        refused(report().put("kind", "render"), "kind");
        refused(report().put("kind", 3), "kind");
        refused(report().put("timedOut", "yes"), "timedOut");
        refused(report().put("message", "m".repeat(ClientFailure.MAX_MESSAGE + 1)), "message");
        refused(report().put("stack", "s".repeat(ClientFailure.MAX_STACK + 1)), "stack");
        refused(report().put("page", "dashboard"), "page");
        assertThat(ClientFailure.of(report().put("stack", "s".repeat(ClientFailure.MAX_STACK))).stack())
                .hasSize(ClientFailure.MAX_STACK);
    }

    @Test
    void theLogLineCannotBeForged() {
        assertThat(ClientFailure.oneLine("boom\r\nINFO fake line")).isEqualTo("boom INFO fake line");
    }
}
