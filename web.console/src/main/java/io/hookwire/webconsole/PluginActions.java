package io.hookwire.webconsole;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginView;

/**
 * Carries out the Plugins page's forms against {@link PluginAdmin}. Each action is named by the form field
 * {@value #ACTION}; the plugin by {@value #PLUGIN}. Input is checked here, before PluginAdmin is called, and every
 * refusal says how to fix it. Errors never leave as exceptions: an {@link AdminException} becomes its message, and
 * anything else is logged with its stack trace and shown as one line.
 */
final class PluginActions {
    static final String ACTION = "action";
    static final String PLUGIN = "plugin";
    /** Comma-separated tenant ids; empty means everywhere. */
    static final String TENANTS = "tenants";
    /** The plugin id typed once more, for a purge. */
    static final String CONFIRMATION = "confirmation";

    static final String ENABLE = "enable";
    static final String DISABLE = "disable";
    static final String RESET = "reset";
    static final String PURGE = "purge";
    static final String DRY_RUN = "dry-run";
    static final String SAFE_MODE_ON = "safe-mode-on";
    static final String SAFE_MODE_OFF = "safe-mode-off";
    private static final List<String> ALL = List.of(ENABLE, DISABLE, RESET, PURGE, DRY_RUN, SAFE_MODE_ON,
            SAFE_MODE_OFF);

    private final PluginAdmin admin;
    private final BiConsumer<String, Throwable> errorLog;

    /**
     * @param errorLog where unexpected failures go, with their stack trace
     */
    PluginActions(PluginAdmin admin, BiConsumer<String, Throwable> errorLog) {
        this.admin = admin;
        this.errorLog = errorLog;
    }

    /**
     * Carries out one form.
     *
     * @param form the form's fields by name ({@code null} when absent)
     * @param actor the authenticated user, who is written to the audit trail
     */
    Outcome perform(UnaryOperator<String> form, String actor) {
        String action = trimmed(form.apply(ACTION));
        try {
            return switch (action) {
                case SAFE_MODE_ON -> {
                    admin.safeMode(true, actor);
                    yield Outcome.done("Safe mode is on: optional plugins are stopping; their states are kept.");
                }
                case SAFE_MODE_OFF -> {
                    admin.safeMode(false, actor);
                    yield Outcome.done("Safe mode is off: plugins return to the states they had before.");
                }
                case ENABLE, DISABLE, RESET, PURGE, DRY_RUN -> onPlugin(action, form, actor);
                default -> Outcome.refused("Unknown action '" + action + "': use one of " + ALL + ".");
            };
        } catch (AdminException e) {
            return Outcome.refused(e.getMessage());
        } catch (RuntimeException e) {
            errorLog.accept("Web Console action '" + action + "' failed", e);
            return Outcome.refused("'" + action + "' failed unexpectedly (" + e.getClass().getName()
                    + "); the log has the details.");
        }
    }

    private Outcome onPlugin(String action, UnaryOperator<String> form, String actor) {
        String id = trimmed(form.apply(PLUGIN));
        if (id.isEmpty()) {
            return Outcome.refused("No plugin was named: the form needs the field '" + PLUGIN + "'.");
        }
        return switch (action) {
            case ENABLE -> {
                Set<String> tenants = tenants(form.apply(TENANTS));
                yield changed("Enabled '" + id + "' " + where(tenants), admin.enable(id, tenants, actor));
            }
            case DISABLE -> {
                Set<String> tenants = tenants(form.apply(TENANTS));
                yield changed("Disabled '" + id + "' " + where(tenants), admin.disable(id, tenants, actor));
            }
            case RESET -> changed("Reset the quarantine of '" + id + "'", admin.reset(id, actor));
            case PURGE -> purge(id, trimmed(form.apply(CONFIRMATION)), actor);
            default -> dryRun(id);
        };
    }

    /** A purge destroys data: it goes ahead only when the operator typed the plugin id again. */
    private Outcome purge(String id, String confirmation, String actor) {
        if (!confirmation.equals(id)) {
            return Outcome.refused("Nothing was purged: to drop the data of '" + id + "', type its id '" + id
                    + "' in the confirmation field.");
        }
        List<String> dropped = admin.purge(id, confirmation, actor);
        return Outcome.done("Purged the data of '" + id + "': dropped " + dropped.size() + " objects.",
                dropped.isEmpty() ? null : String.join("\n", dropped));
    }

    private Outcome dryRun(String id) {
        String sql = admin.dryRunMigrations(id);
        if (sql == null || sql.isBlank()) {
            return Outcome.done("'" + id + "' has no pending migrations.");
        }
        return Outcome.done("The pending migrations of '" + id + "' would run this SQL (nothing was run):", sql);
    }

    private static Outcome changed(String what, PluginView now) {
        return Outcome.done(what + ". It is now " + now.state() + (now.reason() == null || now.reason().isBlank()
                ? "." : ": " + now.reason()));
    }

    private static String where(Set<String> tenants) {
        return tenants.isEmpty() ? "everywhere" : "for the tenants " + String.join(", ", tenants);
    }

    /** {@code " a, b,,c "} is {@code [a, b, c]}; blank is everywhere (empty). */
    static Set<String> tenants(String field) {
        if (field == null) {
            return Set.of();
        }
        return Arrays.stream(field.split(",")).map(String::trim).filter(t -> !t.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }
}
