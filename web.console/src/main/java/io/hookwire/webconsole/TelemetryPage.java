package io.hookwire.webconsole;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;
import io.hookwire.hooks.telemetry.LastError;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Telemetry page: per plugin, hook and kind, the calls, failures, timeouts, latency percentiles and the last
 * error. Read-only.
 */
@Component(service = Servlet.class)
@WebConsolePage(label = TelemetryPage.LABEL, title = "Hook telemetry")
public final class TelemetryPage extends HttpServlet {
    static final String LABEL = "hookwire-telemetry";
    private static final long serialVersionUID = 1L;

    private final transient HookTelemetry telemetry;

    @Activate
    public TelemetryPage(@Reference HookTelemetry telemetry) {
        this.telemetry = telemetry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(new Html(response.getWriter()));
    }

    void render(Html html) {
        List<HookStats> all = telemetry.all();
        html.raw("<p class=\"statline\">").text(all.size()).raw(" records since start. Latencies come from the"
                + " timed calls (every call at first, then a sample of busy hooks), so p50 and p99 are estimates.</p>");
        html.raw("<table class=\"nicetable\" id=\"hookwire-telemetry\"><thead><tr><th>Plugin</th><th>Hook</th>"
                + "<th>Kind</th><th>Calls</th><th>Failures</th><th>Timeouts</th><th>Timed calls</th>"
                + "<th>p50 ms</th><th>p99 ms</th><th>max ms</th><th>Last error</th><th>Error type</th>"
                + "<th>Error message</th><th>Handler</th></tr></thead><tbody>");
        for (HookStats stats : all) {
            boolean timed = stats.timedCalls() > 0;
            html.raw("<tr>").cell(stats.plugin()).cell(stats.hook()).cell(stats.kind().label())
                    .cell(stats.calls()).cell(stats.failures()).cell(stats.timeouts()).cell(stats.timedCalls())
                    .cell(timed ? millis(stats.p50Nanos()) : null)
                    .cell(timed ? millis(stats.p99Nanos()) : null)
                    .cell(timed ? millis(stats.maxNanos()) : null);
            LastError error = stats.lastError();
            if (error == null) {
                html.cell(null).cell(null).cell(null).cell(null);
            } else {
                html.cell(Html.time(error.time()))
                        .cell(error.timedOut() ? "timeout (" + error.type() + ")" : error.type())
                        .cell(error.message()).cell(error.handlerId());
            }
            html.raw("</tr>");
        }
        html.raw("</tbody></table>");
    }

    /** Nanoseconds as milliseconds with three decimals, whatever the server's locale. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}
