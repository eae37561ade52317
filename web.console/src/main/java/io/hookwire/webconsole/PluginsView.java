package io.hookwire.webconsole;

import java.util.List;
import java.util.Optional;

import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.admin.PluginView;

/**
 * Renders the Plugins page's content from one snapshot of the host's state: the last outcome, the safe mode and
 * kill switch, the plugins with their forms, what the host refused, and the newest audit entries. Values are
 * encoded by {@link Html}; the forms post back to the page with a {@link CsrfTokens} token.
 */
final class PluginsView {
    /** How many audit entries the page shows. */
    static final int AUDIT_ROWS = 50;

    /** What the page shows, read from PluginAdmin before anything is written. */
    record Snapshot(List<PluginView> plugins, List<DeployProblem> problems, boolean safeMode, boolean killSwitch,
            List<AuditEntry> audit) {}

    private final Html html;
    private final String action;
    private final String token;

    /**
     * @param action where the forms post to (the page's own address)
     * @param token the CSRF token for the forms, or {@code null} to show no forms (no authenticated user)
     */
    PluginsView(Html html, String action, String token) {
        this.html = html;
        this.action = action;
        this.token = token;
    }

    void outcome(Optional<Outcome> outcome) {
        outcome.ifPresent(o -> {
            html.raw("<div class=\"ui-widget\"><p class=\"statline ")
                    .raw(o.failed() ? "ui-state-error" : "ui-state-highlight").raw("\" id=\"hookwire-outcome\">")
                    .text(o.message()).raw("</p>");
            if (o.detail() != null) {
                html.raw("<pre id=\"hookwire-outcome-detail\">").text(o.detail()).raw("</pre>");
            }
            html.raw("</div>");
        });
    }

    void render(Snapshot state) {
        html.raw("<p class=\"statline\">Safe mode is <strong>").text(state.safeMode() ? "on" : "off")
                .raw("</strong>. The kill switch (PLUGINS_DISABLED=1) is <strong>")
                .text(state.killSwitch() ? "set: only core plugins run" : "not set").raw("</strong>.</p>");
        if (token != null) {
            formStart("hookwire-safe-mode");
            button(state.safeMode() ? PluginActions.SAFE_MODE_OFF : PluginActions.SAFE_MODE_ON,
                    state.safeMode() ? "Turn safe mode off" : "Turn safe mode on (stop every optional plugin)");
            html.raw("</form>");
        }
        plugins(state.plugins());
        problems(state.problems());
        audit(state.audit());
    }

    private void plugins(List<PluginView> plugins) {
        html.raw("<h2>Plugins</h2><table class=\"nicetable\" id=\"hookwire-plugins\"><thead><tr><th>Id</th>"
                + "<th>Name</th><th>Version</th><th>Category</th><th>State</th><th>Reason</th><th>Since</th>"
                + "<th>Runs for</th><th>Bundle</th><th>Location</th><th>Actions</th></tr></thead><tbody>");
        for (PluginView p : plugins) {
            html.raw("<tr>").cell(p.id()).cell(p.name()).cell(p.version()).cell(p.category()).cell(p.state())
                    .cell(p.reason()).cell(Html.time(p.since())).cell(runsFor(p))
                    .cell(p.installed() ? Long.toString(p.bundleId()) : "not installed").cell(p.location());
            html.raw("<td>");
            if (token != null) {
                actions(p);
            }
            html.raw("</td></tr>");
        }
        html.raw("</tbody></table>");
    }

    private void actions(PluginView p) {
        formStart(null);
        html.hidden(PluginActions.PLUGIN, p.id());
        html.raw("<input type=\"text\" name=\"").attr(PluginActions.TENANTS)
                .raw("\" size=\"18\" placeholder=\"tenants, comma-separated\" title=\"Empty: everywhere\">");
        button(PluginActions.ENABLE, "Enable");
        button(PluginActions.DISABLE, "Disable");
        if (p.state() == PluginState.QUARANTINED) {
            button(PluginActions.RESET, "Reset quarantine");
        }
        if (p.migrations() != null) {
            button(PluginActions.DRY_RUN, "Dry-run migrations");
        }
        html.raw("</form>");
        // a purge drops the plugin's tables: its own form, which asks for the id once more
        formStart(null);
        html.hidden(PluginActions.PLUGIN, p.id());
        html.raw("<input type=\"text\" name=\"").attr(PluginActions.CONFIRMATION)
                .raw("\" size=\"18\" required placeholder=\"type the id to purge\" autocomplete=\"off\">");
        button(PluginActions.PURGE, "Purge data");
        html.raw("</form>");
    }

    private void problems(List<DeployProblem> problems) {
        html.raw("<h2>Refused deployments</h2>");
        if (problems.isEmpty()) {
            html.raw("<p class=\"statline\">None.</p>");
            return;
        }
        html.raw("<table class=\"nicetable\" id=\"hookwire-problems\"><thead><tr><th>Source</th><th>Plugin</th>"
                + "<th>Reason</th><th>Since</th></tr></thead><tbody>");
        for (DeployProblem problem : problems) {
            html.raw("<tr>").cell(problem.source()).cell(problem.pluginId()).cell(problem.reason())
                    .cell(Html.time(problem.since())).raw("</tr>");
        }
        html.raw("</tbody></table>");
    }

    private void audit(List<AuditEntry> audit) {
        html.raw("<h2>Audit trail (newest ").text(AUDIT_ROWS).raw(")</h2>");
        html.raw("<table class=\"nicetable\" id=\"hookwire-audit\"><thead><tr><th>At</th><th>Actor</th>"
                + "<th>Action</th><th>Resource</th><th>Details</th><th>Request</th></tr></thead><tbody>");
        for (AuditEntry entry : audit) {
            html.raw("<tr>").cell(Html.time(entry.at())).cell(entry.actor()).cell(entry.action())
                    .cell(entry.resource()).cell(entry.details()).cell(entry.requestId()).raw("</tr>");
        }
        html.raw("</tbody></table>");
    }

    private static String runsFor(PluginView p) {
        if (p.enabled()) {
            return "everywhere";
        }
        return p.tenants().isEmpty() ? "nobody (disabled)" : "tenants: " + String.join(", ", p.tenants());
    }

    private void formStart(String id) {
        html.raw("<form method=\"post\" action=\"").attr(action).raw("\"");
        if (id != null) {
            html.raw(" id=\"").attr(id).raw("\"");
        }
        html.raw(" style=\"display:inline\">").hidden(CsrfTokens.FIELD, token);
    }

    private void button(String action, String label) {
        html.raw("<button type=\"submit\" name=\"").attr(PluginActions.ACTION).raw("\" value=\"").attr(action)
                .raw("\">").text(label).raw("</button>");
    }
}
