package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.LastError;
import org.junit.jupiter.api.Test;

class TelemetryPageTest {
    private static String get(TelemetryPage page) throws Exception {
        FakeHttp.Response response = new FakeHttp.Response();
        page.service(new FakeHttp.Request().proxy(), response.proxy());
        return response.body();
    }

    @Test
    void showsTheFiguresInMillisecondsAndTheLastError() throws Exception {
        LastError error = new LastError(Instant.parse("2026-11-27T10:15:30.123Z"), "java.lang.IllegalStateException",
                "broken on purpose", false, "signature");
        HookStats stats = new HookStats("user-greeter", "greeter:message", HookKind.FILTER, 42, 3, 1, 40,
                1_500_000, 12_345_678, 2_000_000_000L, error);

        String body = get(new TelemetryPage(new FakeTelemetry(List.of(stats))));

        assertThat(body).contains("<td>user-greeter</td><td>greeter:message</td><td>filter</td><td>42</td><td>3</td>"
                + "<td>1</td><td>40</td><td>1.500</td><td>12.346</td><td>2000.000</td>"
                + "<td>2026-11-27T10:15:30Z</td><td>java.lang.IllegalStateException</td><td>broken on purpose</td>"
                + "<td>signature</td>");
    }

    @Test
    void aRecordWithoutTimedCallsOrErrorsShowsDashes() throws Exception {
        HookStats stats = new HookStats("p", "a:b", HookKind.ACTION, 5, 0, 0, 0, 0, 0, 0, null);

        String body = get(new TelemetryPage(new FakeTelemetry(List.of(stats))));

        assertThat(body).contains("<td>5</td><td>0</td><td>0</td><td>0</td>" + "<td>\u2014</td>".repeat(7) + "</tr>");
    }

    @Test
    void aTimeoutSaysSo() throws Exception {
        LastError timeout = new LastError(Instant.EPOCH, "java.util.concurrent.TimeoutException", "", true, "slow");
        HookStats stats = new HookStats("p", "a:b", HookKind.ACTION, 1, 0, 1, 1, 1, 1, 1, timeout);

        assertThat(get(new TelemetryPage(new FakeTelemetry(List.of(stats)))))
                .contains("<td>timeout (java.util.concurrent.TimeoutException)</td><td>\u2014</td><td>slow</td>");
    }

    @Test
    void encodesEveryValue() throws Exception {
        LastError error = new LastError(Instant.EPOCH, Hostile.value("type"), Hostile.value("message"), false,
                Hostile.value("handler"));
        HookStats stats = new HookStats(Hostile.value("plugin"), Hostile.value("hook"), HookKind.FILTER, 1, 1, 0, 1,
                1, 1, 1, error);

        String body = get(new TelemetryPage(new FakeTelemetry(List.of(stats))));

        for (String field : List.of("plugin", "hook", "type", "message", "handler")) {
            assertThat(body).contains(Hostile.inText(field));
        }
        assertThat(body).doesNotContain("<script", "${");
    }
}
