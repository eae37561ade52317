package io.hookwire.host.clientplugins;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wire format of the client plugins' event stream. */
class ClientEventsMessageTest {
    @Test
    void aChangeIsOneEventWithJsonData() {
        assertThat(ClientEventsServlet.message("notes", "ACTIVE", "enabled"))
                .isEqualTo("event: plugins\ndata: {\"plugin\":\"notes\",\"state\":\"ACTIVE\",\"reason\":\"enabled\"}\n\n");
    }

    @Test
    void theSafeModeHasNoPluginAndNothingBreaksTheFraming() {
        assertThat(ClientEventsServlet.message(null, "SAFE_MODE_ON", "safe_mode.on"))
                .isEqualTo("event: plugins\ndata: {\"plugin\":null,\"state\":\"SAFE_MODE_ON\",\"reason\":\"safe_mode.on\"}\n\n");
        assertThat(ClientEventsServlet.message("x", "a\n\nevent: forged", "r")).contains("a\\n\\nevent: forged")
                .containsOnlyOnce("\n\n");
    }

    @Test
    void theStreamOpensWithTheRetryAndKeepsAliveWithAComment() {
        assertThat(ClientEventsServlet.OPENING).isEqualTo("retry: 2000\n\n");
        assertThat(ClientEventsServlet.KEEPALIVE).startsWith(":").endsWith("\n\n");
    }
}
