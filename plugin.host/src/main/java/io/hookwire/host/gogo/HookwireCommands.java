package io.hookwire.host.gogo;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;
import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.ClientFailureStats;
import io.hookwire.host.admin.ClientTelemetry;
import io.hookwire.host.admin.PluginView;

/**
 * The Gogo commands of the local console: {@code hookwire:plugins}, {@code plugin}, {@code enable}, {@code disable},
 * {@code reset}, {@code purge}, {@code migrations}, {@code safemode}, {@code hooks} and {@code telemetry}. The shell is
 * local only (no telnet, no ssh), so whoever has it is the operator; actions are audited as {@value #ACTOR}.
 */
@Component(service = HookwireCommands.class, property = {
    "osgi.command.scope=hookwire",
    "osgi.command.function=plugins", "osgi.command.function=plugin", "osgi.command.function=enable",
    "osgi.command.function=disable", "osgi.command.function=reset", "osgi.command.function=purge",
    "osgi.command.function=migrations", "osgi.command.function=safemode", "osgi.command.function=hooks",
    "osgi.command.function=telemetry"})
public final class HookwireCommands {
    static final String ACTOR = "console";

    private final PluginAdmin admin;
    private final Hooks hooks;
    private final HookTelemetry telemetry;
    private final ClientTelemetry clientTelemetry;

    @Activate
    public HookwireCommands(@Reference PluginAdmin admin, @Reference Hooks hooks,
            @Reference HookTelemetry telemetry, @Reference ClientTelemetry clientTelemetry) {
        this.admin = admin;
        this.hooks = hooks;
        this.telemetry = telemetry;
        this.clientTelemetry = clientTelemetry;
    }

    /** Lists the plugins with their states and reasons, and what the host refused. */
    public String plugins() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-24s %-12s %-10s %-9s %s%n", "PLUGIN", "STATE", "VERSION", "CATEGORY", "REASON"));
        for (PluginView p : admin.plugins()) {
            out.append(String.format("%-24s %-12s %-10s %-9s %s%s%n", p.id(), p.state(), p.version(), p.category(),
                    p.reason(), p.tenants().isEmpty() ? "" : " [tenants: " + String.join(", ", p.tenants()) + "]"));
        }
        for (DeployProblem problem : admin.problems()) {
            out.append("refused ").append(problem.source()).append(": ").append(problem.reason()).append('\n');
        }
        if (admin.safeMode()) {
            out.append("The safe mode is on: only core plugins run.\n");
        }
        if (admin.killSwitch()) {
            out.append("The kill switch (PLUGINS_DISABLED) is on: only core plugins run.\n");
        }
        return out.toString();
    }

    /** Shows one plugin. */
    public String plugin(String id) {
        PluginView p = admin.plugin(id).orElseThrow(() -> AdminException.notFound(id));
        return "id:         " + p.id() + "\nname:       " + p.name() + "\nversion:    " + p.version()
                + "\ncategory:   " + p.category() + "\nstate:      " + p.state() + " since " + p.since()
                + "\nreason:     " + p.reason() + "\nenabled:    " + (p.enabled() ? "globally"
                        : p.tenants().isEmpty() ? "no" : "for " + String.join(", ", p.tenants()))
                + "\ninstalled:  " + (p.installed() ? "bundle " + p.bundleId() + " from " + p.location() : "no")
                + "\nmigrations: " + (p.migrations() == null ? "none" : p.migrations()) + "\n";
    }

    /** Enables a plugin globally, or for the tenants given. */
    public String enable(String id, String... tenants) {
        return "Enabled: " + plugin(admin.enable(id, set(tenants), ACTOR).id());
    }

    /** Disables a plugin globally, or for the tenants given. */
    public String disable(String id, String... tenants) {
        return "Disabled: " + plugin(admin.disable(id, set(tenants), ACTOR).id());
    }

    /** Lifts a plugin's quarantine. */
    public String reset(String id) {
        return "Reset: " + plugin(admin.reset(id, ACTOR).id());
    }

    /** Drops a plugin's data; give its id twice to confirm: {@code purge notes notes}. */
    public String purge(String id, String confirmation) {
        return "Dropped: " + String.join(", ", admin.purge(id, confirmation, ACTOR)) + "\n";
    }

    /** Prints the SQL that a plugin's pending migrations would run (a dry run). */
    public String migrations(String id) {
        return admin.dryRunMigrations(id);
    }

    /** Shows the safe mode. */
    public String safemode() {
        return "The safe mode is " + (admin.safeMode() ? "on: only core plugins run" : "off") + ".\n";
    }

    /** Turns the safe mode {@code on} or {@code off}. */
    public String safemode(String onOrOff) {
        String value = onOrOff.toLowerCase(Locale.ROOT);
        if (!value.equals("on") && !value.equals("off")) {
            throw new IllegalArgumentException("say 'safemode on' or 'safemode off', not '" + onOrOff + "'");
        }
        admin.safeMode(value.equals("on"), ACTOR);
        return safemode();
    }

    /** Lists every hook with its handlers in run order. */
    public String hooks() {
        StringBuilder out = new StringBuilder();
        for (HookInfo hook : hooks.hooks()) {
            out.append(hook.kind()).append(' ').append(hook.name()).append('\n');
            for (HandlerInfo h : hook.handlers()) {
                out.append(String.format("  %5d  %-24s %s%s%n", h.priority(), h.plugin(), h.id(),
                        h.isolated() ? "  (isolated)" : ""));
            }
        }
        return out.toString();
    }

    /** Shows the telemetry per plugin and hook. */
    public String telemetry() {
        StringBuilder out = new StringBuilder(String.format("%-20s %-28s %-6s %9s %8s %8s %9s %9s %9s  %s%n",
                "PLUGIN", "HOOK", "KIND", "CALLS", "FAILED", "TIMEOUT", "P50 ms", "P99 ms", "MAX ms", "LAST ERROR"));
        for (HookStats s : telemetry.all()) {
            out.append(String.format("%-20s %-28s %-6s %9d %8d %8d %9.3f %9.3f %9.3f  %s%n", s.plugin(), s.hook(),
                    s.kind(), s.calls(), s.failures(), s.timeouts(), s.p50Nanos() / 1e6, s.p99Nanos() / 1e6,
                    s.maxNanos() / 1e6, s.lastError() == null ? ""
                            : s.lastError().time() + " " + s.lastError().type() + ": " + s.lastError().message()));
        }
        List<ClientFailureStats> client = clientTelemetry.all();
        if (!client.isEmpty()) {
            out.append(String.format("%nIN THE BROWSER (reported by the web shells; never counted by the breaker)%n"))
                    .append(String.format("%-20s %-28s %-11s %8s %8s  %s%n", "PLUGIN", "HOOK", "KIND", "FAILED",
                            "TIMEOUT", "LAST ERROR"));
            for (ClientFailureStats s : client) {
                out.append(String.format("%-20s %-28s %-11s %8d %8d  %s%n", s.plugin(), s.hook(), s.kind(),
                        s.failures(), s.timeouts(), s.lastError() == null ? ""
                                : s.lastError().at() + " " + s.lastError().message().replaceAll("[\\r\\n]+", " ")));
            }
        }
        return out.toString();
    }

    private static Set<String> set(String... tenants) {
        return tenants == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tenants));
    }
}
