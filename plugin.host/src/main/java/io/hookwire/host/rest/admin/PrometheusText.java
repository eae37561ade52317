package io.hookwire.host.rest.admin;

import java.util.List;

import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.host.admin.ClientFailureStats;

/** Telemetry in the Prometheus text exposition format (version 0.0.4). */
final class PrometheusText {
    private PrometheusText() {}

    /** The hooks' figures, then the browsers' failures (see {@link io.hookwire.host.admin.ClientTelemetry}). */
    static String of(List<HookStats> stats, List<ClientFailureStats> client) {
        StringBuilder out = new StringBuilder(of(stats));
        client(out, "hookwire_client_failures_total", "Client callbacks that threw, as the browsers reported them.",
                client, false);
        client(out, "hookwire_client_timeouts_total", "Client callbacks that overran their budget, as reported.",
                client, true);
        return out.toString();
    }

    private static void client(StringBuilder out, String name, String help, List<ClientFailureStats> client,
            boolean timeouts) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" counter\n");
        for (ClientFailureStats s : client) {
            out.append(name).append("{plugin=\"").append(escape(s.plugin())).append("\",hook=\"")
                    .append(escape(s.hook())).append("\",kind=\"").append(escape(s.kind())).append("\"} ")
                    .append(timeouts ? s.timeouts() : s.failures()).append('\n');
        }
    }

    static String of(List<HookStats> stats) {
        StringBuilder out = new StringBuilder();
        metric(out, "hookwire_hook_calls_total", "counter", "Handler calls, per plugin, hook and kind.", stats,
                s -> s.calls());
        metric(out, "hookwire_hook_failures_total", "counter", "Handler calls that threw or returned a wrong type.",
                stats, s -> s.failures());
        metric(out, "hookwire_hook_timeouts_total", "counter", "Handler calls that overran their budget.", stats,
                s -> s.timeouts());
        out.append("# HELP hookwire_hook_latency_seconds Latency of the timed handler calls.\n");
        out.append("# TYPE hookwire_hook_latency_seconds summary\n");
        for (HookStats s : stats) {
            String labels = labels(s);
            out.append("hookwire_hook_latency_seconds{").append(labels).append(",quantile=\"0.5\"} ")
                    .append(seconds(s.p50Nanos())).append('\n');
            out.append("hookwire_hook_latency_seconds{").append(labels).append(",quantile=\"0.99\"} ")
                    .append(seconds(s.p99Nanos())).append('\n');
            out.append("hookwire_hook_latency_seconds_count{").append(labels).append("} ").append(s.timedCalls())
                    .append('\n');
        }
        return out.toString();
    }

    private interface Value {
        long of(HookStats s);
    }

    private static void metric(StringBuilder out, String name, String type, String help, List<HookStats> stats,
            Value value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        for (HookStats s : stats) {
            out.append(name).append('{').append(labels(s)).append("} ").append(value.of(s)).append('\n');
        }
    }

    private static String labels(HookStats s) {
        return "plugin=\"" + escape(s.plugin()) + "\",hook=\"" + escape(s.hook()) + "\",kind=\"" + s.kind().label()
                + "\"";
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String seconds(long nanos) {
        return Double.toString(nanos / 1e9);
    }
}
