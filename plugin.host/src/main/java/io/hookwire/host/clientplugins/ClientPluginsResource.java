package io.hookwire.host.clientplugins;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.api.auth.Caller;
import io.hookwire.host.admin.PluginState;
import io.hookwire.host.bouncer.CurrentCaller;
import io.hookwire.host.plugins.PluginEntry;
import io.hookwire.host.plugins.PluginRoster;

/**
 * {@code GET /api/v1/client-plugins}: the browser modules the shell loads for the caller, with the shell's settings.
 * Public: it names only plugins and module URLs, which the modules' own server serves to anyone anyway.
 *
 * <p>A plugin is listed when it is {@code ACTIVE} (so the kill switch and the safe mode, which stop every optional
 * plugin, leave only core ones), has a {@code Plugin-Client} header, and serves the caller's tenant: a signed-in
 * user's current team (the {@code X-Hookwire-Tenant} header or their first team); an anonymous caller sees only the
 * plugins enabled globally. Sorted by id, so that the shell's ranks are stable.
 */
@Component(service = ClientPluginsResource.class, immediate = true, configurationPid = ShellConfiguration.PID)
@Designate(ocd = ShellConfiguration.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/client-plugins")
@Produces(MediaType.APPLICATION_JSON)
public final class ClientPluginsResource {
    /**
     * A plugin's browser module.
     *
     * @param version the plugin's bundle version
     * @param module the module's URL, which carries the version token (see {@link ClientModuleServlet})
     */
    public record ClientPlugin(String id, String name, String category, String version, String module) {}

    /**
     * @param budgetMs the time budget of one client callback, ms
     * @param killSwitch whether the kill switch is on (only core plugins)
     * @param safeMode whether the safe mode is on (only core plugins)
     */
    public record ClientPlugins(List<ClientPlugin> plugins, int budgetMs, boolean killSwitch, boolean safeMode) {}

    private final PluginRoster roster;
    private final Logger log;
    private volatile int budgetMs;

    @Activate
    public ClientPluginsResource(@Reference PluginRoster roster,
            @Reference(service = LoggerFactory.class) Logger log, ShellConfiguration config) {
        this.roster = roster;
        this.log = log;
        configure(config);
    }

    @Modified
    void configure(ShellConfiguration config) {
        int budget = config.budgetMs();
        if (budget < ShellConfiguration.MIN_BUDGET_MS || budget > ShellConfiguration.MAX_BUDGET_MS) {
            log.warn("Ignoring budgetMs " + budget + " of " + ShellConfiguration.PID + ": it must be from "
                    + ShellConfiguration.MIN_BUDGET_MS + " to " + ShellConfiguration.MAX_BUDGET_MS + "; using "
                    + ShellConfiguration.DEFAULT_BUDGET_MS);
            budget = ShellConfiguration.DEFAULT_BUDGET_MS;
        }
        budgetMs = budget;
    }

    @GET
    public Response list() {
        Caller caller = CurrentCaller.get();
        String tenant = caller.signedIn() ? caller.teamId() : null;
        PluginRoster.Snapshot snapshot = roster.roster();
        // no-store: the answer depends on the session; a shell re-fetches it on every change anyway
        return Response.ok(new ClientPlugins(list(snapshot, tenant), budgetMs, snapshot.killSwitch(),
                snapshot.safeMode())).header("Cache-Control", "no-store").build();
    }

    /** The plugins of a snapshot that a shell of {@code tenant} loads, in order. */
    static List<ClientPlugin> list(PluginRoster.Snapshot snapshot, String tenant) {
        List<ClientPlugin> plugins = new ArrayList<>();
        for (PluginEntry p : snapshot.plugins()) {
            if (p.state() == PluginState.ACTIVE && p.client() != null && p.installed() && p.serves(tenant)) {
                try {
                    plugins.add(new ClientPlugin(p.id(), p.name(), p.category(), p.version(),
                            ClientModuleServlet.moduleUrl(p)));
                } catch (IllegalStateException e) {
                    // uninstalled since the snapshot: it is gone
                }
            }
        }
        plugins.sort((a, b) -> a.id().compareTo(b.id()));
        return plugins;
    }
}
