package io.hookwire.webconsole;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.LastError;
import io.hookwire.host.admin.ClientError;
import io.hookwire.host.admin.ClientFailureStats;
import org.junit.jupiter.api.Test;

class TelemetryPageTest {
    private static String get(TelemetryPage page) throws Exception {
        return get(page, null);
    }

    private static String get(TelemetryPage page, String plugin) throws Exception {
        FakeHttp.Request request = new FakeHttp.Request();
        if (plugin != null) {
            request.parameters.put(TelemetryPage.PLUGIN, plugin);
        }
        FakeHttp.Response response = new FakeHttp.Response();
        page.service(request.proxy(), response.proxy());
        return response.body();
    }

    private static TelemetryPage browser(ClientFailureStats... stats) {
        return new TelemetryPage(new FakeTelemetry(List.of()), new FakeClientTelemetry(List.of(stats)));
    }

    @Test
    void showsTheFiguresInMillisecondsAndTheLastError() throws Exception {
        LastError error = new LastError(Instant.parse("2026-11-27T10:15:30.123Z"), "java.lang.IllegalStateException",
                "broken on purpose", false, "signature");
        HookStats stats = new HookStats("user-greeter", "greeter:message", HookKind.FILTER, 42, 3, 1, 40,
                1_500_000, 12_345_678, 2_000_000_000L, error);

        String body = get(new TelemetryPage(new FakeTelemetry(List.of(stats)), FakeClientTelemetry.none()));

        assertThat(body).contains("<td>user-greeter</td><td>greeter:message</td><td>filter</td><td>42</td><td>3</td>"
                + "<td>1</td><td>40</td><td>1.500</td><td>12.346</td><td>2000.000</td>"
                + "<td>2026-11-27T10:15:30Z</td><td>java.lang.IllegalStateException</td><td>broken on purpose</td>"
                + "<td>signature</td>");
    }

    @Test
    void aRecordWithoutTimedCallsOrErrorsShowsDashes() throws Exception {
        HookStats stats = new HookStats("p", "a:b", HookKind.ACTION, 5, 0, 0, 0, 0, 0, 0, null);

        String body = get(new TelemetryPage(new FakeTelemetry(List.of(stats)), FakeClientTelemetry.none()));

        assertThat(body).contains("<td>5</td><td>0</td><td>0</td><td>0</td>" + "<td>\u2014</td>".repeat(7) + "</tr>");
    }

    @Test
    void aTimeoutSaysSo() throws Exception {
        LastError timeout = new LastError(Instant.EPOCH, "java.util.concurrent.TimeoutException", "", true, "slow");
        HookStats stats = new HookStats("p", "a:b", HookKind.ACTION, 1, 0, 1, 1, 1, 1, 1, timeout);

        assertThat(get(new TelemetryPage(new FakeTelemetry(List.of(stats)), FakeClientTelemetry.none())))
                .contains("<td>timeout (java.util.concurrent.TimeoutException)</td><td>\u2014</td><td>slow</td>");
    }

    @Test
    void encodesEveryValue() throws Exception {
        LastError error = new LastError(Instant.EPOCH, Hostile.value("type"), Hostile.value("message"), false,
                Hostile.value("handler"));
        HookStats stats = new HookStats(Hostile.value("plugin"), Hostile.value("hook"), HookKind.FILTER, 1, 1, 0, 1,
                1, 1, 1, error);

        String body = get(new TelemetryPage(new FakeTelemetry(List.of(stats)), FakeClientTelemetry.none()));

        for (String field : List.of("plugin", "hook", "type", "message", "handler")) {
            assertThat(body).contains(Hostile.inText(field));
        }
        assertThat(body).doesNotContain("<script", "${");
    }

    @Test
    void theBrowserFailuresHaveTheirOwnTable() throws Exception {
        ClientError error = new ClientError(Instant.parse("2026-11-27T10:15:30Z"), "TypeError: x is undefined",
                "at boot (index.js:3)", "/dashboard", false);
        String body = get(browser(new ClientFailureStats("notes", "dashboard.sidebar", "widget", 3, 1, error)));

        assertThat(body).contains("<h2 id=\"hookwire-client-telemetry-title\">In the browser</h2>")
                .contains("<table class=\"nicetable\" id=\"hookwire-client-telemetry\">")
                .contains("<td>notes</td><td>dashboard.sidebar</td><td>widget</td><td>3</td><td>1</td>"
                        + "<td>2026-11-27T10:15:30Z</td><td>/dashboard</td><td>TypeError: x is undefined</td>")
                .contains("<option value=\"notes\">notes</option>");
    }

    @Test
    void theBrowserTableNarrowsToOnePlugin() throws Exception {
        ClientError timeout = new ClientError(Instant.EPOCH, "boot overran 1000 ms", null, null, true);
        TelemetryPage page = browser(new ClientFailureStats("notes", "boot", "boot", 0, 1, timeout),
                new ClientFailureStats("user-greeter", "ui:i18n:translations", "filter", 1, 0, timeout));

        String notes = get(page, "notes");
        assertThat(notes).contains("<td>notes</td><td>boot</td><td>boot</td><td>0</td><td>1</td>")
                .contains("<td>timeout: boot overran 1000 ms</td>")
                .contains("<option value=\"notes\" selected>notes</option>")
                .doesNotContain("<td>user-greeter</td>");
        assertThat(get(page)).contains("<td>notes</td>", "<td>user-greeter</td>");
    }

    @Test
    void encodesEveryBrowserValue() throws Exception {
        ClientError error = new ClientError(Instant.EPOCH, Hostile.value("message"), Hostile.value("stack"),
                Hostile.value("page"), false);
        String body = get(browser(new ClientFailureStats(Hostile.value("plugin"), Hostile.value("hook"),
                Hostile.value("kind"), 1, 0, error)), Hostile.value("plugin"));

        for (String field : List.of("plugin", "hook", "kind", "message", "page")) {
            assertThat(body).contains(Hostile.inText(field));
        }
        assertThat(body).contains("<option value=\"" + Hostile.inAttribute("plugin") + "\" selected>");
        assertThat(body).doesNotContain("<script", "${");
    }
}
