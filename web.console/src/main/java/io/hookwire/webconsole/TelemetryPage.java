package io.hookwire.webconsole;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;
import io.hookwire.hooks.telemetry.LastError;
import io.hookwire.host.admin.ClientError;
import io.hookwire.host.admin.ClientFailureStats;
import io.hookwire.host.admin.ClientTelemetry;
import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Telemetry page: per plugin, hook and kind, the calls, failures, timeouts, latency percentiles and the last
 * error of the server's hook handlers; then, "In the browser", the failures and timeouts of the plugins' client code
 * that the web shells reported, which {@code ?plugin=<id>} narrows to one plugin. Read-only.
 */
@Component(service = Servlet.class)
@WebConsolePage(label = TelemetryPage.LABEL, title = "Hook telemetry")
public final class TelemetryPage extends HttpServlet {
    static final String LABEL = "hookwire-telemetry";
    private static final long serialVersionUID = 1L;

    static final String PLUGIN = "plugin";

    private final transient HookTelemetry telemetry;
    private final transient ClientTelemetry clientTelemetry;

    @Activate
    public TelemetryPage(@Reference HookTelemetry telemetry, @Reference ClientTelemetry clientTelemetry) {
        this.telemetry = telemetry;
        this.clientTelemetry = clientTelemetry;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String plugin = request.getParameter(PLUGIN);
        render(new Html(response.getWriter()), plugin == null || plugin.isBlank() ? null : plugin.trim());
    }

    void render(Html html, String plugin) {
        renderServer(html);
        renderBrowser(html, plugin);
    }

    private void renderServer(Html html) {
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

    /** The client failures, with a form that narrows them to one plugin. */
    private void renderBrowser(Html html, String plugin) {
        List<ClientFailureStats> all = clientTelemetry.all();
        List<ClientFailureStats> shown = plugin == null ? all
                : all.stream().filter(s -> s.plugin().equals(plugin)).toList();
        html.raw("<h2 id=\"hookwire-client-telemetry-title\">In the browser</h2>");
        html.raw("<p class=\"statline\">").text(shown.size()).raw(plugin == null ? " records" : " records of ")
                .text(plugin == null ? "" : plugin).raw(": failures and timeouts of the plugins' client code, as the"
                        + " web shells reported them. Anyone may report, so these never quarantine a plugin.</p>");
        html.raw("<form method=\"get\" class=\"hookwire-filter\"><label>Plugin <select name=\"" + PLUGIN + "\">"
                + "<option value=\"\">all</option>");
        for (String id : all.stream().map(ClientFailureStats::plugin).distinct().toList()) {
            html.raw("<option value=\"").attr(id).raw(id.equals(plugin) ? "\" selected>" : "\">").text(id)
                    .raw("</option>");
        }
        html.raw("</select></label> <button type=\"submit\">Show</button></form>");
        html.raw("<table class=\"nicetable\" id=\"hookwire-client-telemetry\"><thead><tr><th>Plugin</th>"
                + "<th>Hook</th><th>Kind</th><th>Failures</th><th>Timeouts</th><th>Last error</th><th>Page</th>"
                + "<th>Error message</th></tr></thead><tbody>");
        for (ClientFailureStats stats : shown) {
            ClientError error = stats.lastError();
            html.raw("<tr>").cell(stats.plugin()).cell(stats.hook()).cell(stats.kind()).cell(stats.failures())
                    .cell(stats.timeouts()).cell(error == null ? null : Html.time(error.at()))
                    .cell(error == null ? null : error.page())
                    .cell(error == null ? null : (error.timedOut() ? "timeout: " : "") + error.message())
                    .raw("</tr>");
        }
        html.raw("</tbody></table>");
    }

    /** Nanoseconds as milliseconds with three decimals, whatever the server's locale. */
    static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1_000_000.0);
    }
}
