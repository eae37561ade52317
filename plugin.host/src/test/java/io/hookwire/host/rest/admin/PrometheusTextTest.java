package io.hookwire.host.rest.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.host.admin.ClientFailureStats;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {
    @Test
    void writesCountersAndASummaryWithEscapedLabels() {
        String text = PrometheusText.of(List.of(new HookStats("we\"ird", "greeter:message", HookKind.FILTER, 12, 2, 1,
                10, 1_500_000, 9_000_000, 20_000_000, null)));

        assertThat(text).contains("# TYPE hookwire_hook_calls_total counter")
                .contains("hookwire_hook_calls_total{plugin=\"we\\\"ird\",hook=\"greeter:message\",kind=\"filter\"} 12")
                .contains("hookwire_hook_failures_total{plugin=\"we\\\"ird\",hook=\"greeter:message\",kind=\"filter\"} 2")
                .contains("hookwire_hook_timeouts_total{plugin=\"we\\\"ird\",hook=\"greeter:message\",kind=\"filter\"} 1")
                .contains(",quantile=\"0.5\"} 0.0015")
                .contains("hookwire_hook_latency_seconds_count{plugin=\"we\\\"ird\",hook=\"greeter:message\","
                        + "kind=\"filter\"} 10");
    }

    @Test
    void addsTheBrowsersFailuresAsCounters() {
        String text = PrometheusText.of(List.of(), List.of(new ClientFailureStats("notes", "dashboard.\"sidebar\"",
                "widget", 3, 1, null)));

        assertThat(text).contains("# TYPE hookwire_client_failures_total counter")
                .contains("hookwire_client_failures_total{plugin=\"notes\",hook=\"dashboard.\\\"sidebar\\\"\","
                        + "kind=\"widget\"} 3")
                .contains("hookwire_client_timeouts_total{plugin=\"notes\",hook=\"dashboard.\\\"sidebar\\\"\","
                        + "kind=\"widget\"} 1");
    }
}
