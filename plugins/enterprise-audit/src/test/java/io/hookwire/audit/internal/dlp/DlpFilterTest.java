package io.hookwire.audit.internal.dlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.hookwire.audit.internal.RecordingLogger;
import io.hookwire.audit.internal.TestSettings;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.ResponseBody;

class DlpFilterTest {
    private static final HttpExchange EXCHANGE = new HttpExchange("r-1", "GET", "/api/v1/notes/1", "",
            Map.of("Accept", List.of("application/json")), "127.0.0.1", "u-1", null);
    private static final String CARD_JSON = "{\"body\":\"my card is 4111 1111 1111 1111\",\"ssn\":\"078-05-1120\"}";

    private final RecordingLogger log = new RecordingLogger();

    @Test
    void redactsJsonResponsesWithTheConfiguredPatterns() {
        DlpFilter filter = new DlpFilter(TestSettings.defaults().patterns("\\d{3}-\\d{2}-\\d{4}").get(), log.logger);
        ResponseBody out = filter.filter(new ResponseBody(200, "application/json", CARD_JSON), EXCHANGE);
        assertThat(out.text()).isEqualTo("{\"body\":\"my card is [REDACTED]\",\"ssn\":\"[REDACTED]\"}");
        assertThat(out.status()).isEqualTo(200);
        assertThat(out.mediaType()).isEqualTo("application/json");
    }

    @Test
    void leavesAnUntouchedBodyAsTheSameInstance() {
        DlpFilter filter = new DlpFilter(TestSettings.defaults().patterns().get(), log.logger);
        ResponseBody clean = new ResponseBody(200, "application/json", "{\"ok\":true}");
        assertThat(filter.filter(clean, EXCHANGE)).isSameAs(clean);
        ResponseBody binary = new ResponseBody(200, "application/pdf", "4111111111111111");
        assertThat(filter.filter(binary, EXCHANGE)).isSameAs(binary);
    }

    @Test
    void switchedOffItPassesEverything() {
        DlpFilter filter = new DlpFilter(TestSettings.defaults().enabled(false).get(), log.logger);
        ResponseBody body = new ResponseBody(200, "application/json", CARD_JSON);
        assertThat(filter.filter(body, EXCHANGE)).isSameAs(body);
    }

    @Test
    void badSettingsAreRefusedAndTheLastGoodOnesKeepWorking() {
        DlpFilter filter = new DlpFilter(TestSettings.defaults().patterns("\\d{3}-\\d{2}-\\d{4}").get(), log.logger);
        filter.configure(TestSettings.defaults().patterns("(unclosed").get());
        assertThat(log.lines).anySatisfy(line -> assertThat(line).startsWith("error:")
                .contains("dlp.patterns: pattern #1 '(unclosed' is not a valid regular expression"));
        ResponseBody out = filter.filter(new ResponseBody(200, "application/json", CARD_JSON), EXCHANGE);
        assertThat(out.text()).isEqualTo("{\"body\":\"my card is [REDACTED]\",\"ssn\":\"[REDACTED]\"}");
    }

    @Test
    void badSettingsAtTheFirstStartStillRedactCardNumbers() {
        DlpFilter filter = new DlpFilter(TestSettings.defaults().patterns("[oops").get(), log.logger);
        ResponseBody out = filter.filter(new ResponseBody(200, "text/plain", "4111-1111-1111-1111 078-05-1120"),
                EXCHANGE);
        assertThat(out.text()).isEqualTo("[REDACTED] 078-05-1120");
    }
}
