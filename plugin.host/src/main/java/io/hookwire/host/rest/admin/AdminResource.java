package io.hookwire.host.rest.admin;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;
import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.security.AdminAuthFilter;

/**
 * The admin REST API under {@code /api/v1/admin}: plugins, their actions, the safe mode, the deploy problems and the
 * audit trail. Everything here needs the administrator's credentials ({@link AdminAuthFilter}).
 */
@Component(service = AdminResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminResource {
    /** The plugins, and what stands around them. */
    public record PluginList(List<PluginView> plugins, List<DeployProblem> problems, boolean safeMode,
            boolean killSwitch) {}

    /** The body of enable and disable: no tenants (or none given) means globally. */
    public record Tenants(List<String> tenants) {}

    /** The body of purge: the plugin id once more. */
    public record Confirmation(String confirm) {}

    /** The safe mode, read and written. */
    public record SafeMode(Boolean enabled) {}

    /** The result of a purge. */
    public record Purged(String plugin, List<String> dropped) {}

    /** The result of a dry run. */
    public record DryRun(String plugin, String sql) {}

    private final PluginAdmin admin;

    @Context
    private ContainerRequestContext request;

    @Activate
    public AdminResource(@Reference PluginAdmin admin) {
        this.admin = admin;
    }

    private String actor() {
        Object actor = request == null ? null : request.getProperty(AdminAuthFilter.ACTOR);
        return actor == null ? "admin" : actor.toString();
    }

    @GET
    @Path("plugins")
    public PluginList plugins() {
        return new PluginList(admin.plugins(), admin.problems(), admin.safeMode(), admin.killSwitch());
    }

    @GET
    @Path("plugins/{id}")
    public PluginView plugin(@PathParam("id") String id) {
        return admin.plugin(id).orElseThrow(() -> AdminException.notFound(id));
    }

    @POST
    @Path("plugins/{id}/enable")
    @Consumes(MediaType.APPLICATION_JSON)
    public PluginView enable(@PathParam("id") String id, Tenants body) {
        return admin.enable(id, tenants(body), actor());
    }

    @POST
    @Path("plugins/{id}/disable")
    @Consumes(MediaType.APPLICATION_JSON)
    public PluginView disable(@PathParam("id") String id, Tenants body) {
        return admin.disable(id, tenants(body), actor());
    }

    @POST
    @Path("plugins/{id}/reset")
    public PluginView reset(@PathParam("id") String id) {
        return admin.reset(id, actor());
    }

    @POST
    @Path("plugins/{id}/purge")
    @Consumes(MediaType.APPLICATION_JSON)
    public Purged purge(@PathParam("id") String id, Confirmation body) {
        if (body == null || body.confirm() == null) {
            throw ApiException.badRequest("confirm", "to purge plugin '" + id + "', send {\"confirm\": \"" + id
                    + "\"}: its id once more");
        }
        return new Purged(id, admin.purge(id, body.confirm(), actor()));
    }

    @GET
    @Path("plugins/{id}/migrations/dry-run")
    public DryRun dryRun(@PathParam("id") String id) {
        return new DryRun(id, admin.dryRunMigrations(id));
    }

    @GET
    @Path("safe-mode")
    public SafeMode safeMode() {
        return new SafeMode(admin.safeMode());
    }

    @PUT
    @Path("safe-mode")
    @Consumes(MediaType.APPLICATION_JSON)
    public SafeMode safeMode(SafeMode body) {
        if (body == null || body.enabled() == null) {
            throw ApiException.badRequest("enabled", "send {\"enabled\": true} or {\"enabled\": false}");
        }
        admin.safeMode(body.enabled(), actor());
        return new SafeMode(admin.safeMode());
    }

    @GET
    @Path("problems")
    public List<DeployProblem> problems() {
        return admin.problems();
    }

    @GET
    @Path("audit")
    public List<AuditEntry> audit(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new ApiException(400, "invalid_argument", "limit must be from 1 to 10000, not " + limit,
                    Map.of("field", "limit"));
        }
        return admin.audit(limit);
    }

    private static Set<String> tenants(Tenants body) {
        List<String> given = body == null || body.tenants() == null ? List.of() : body.tenants();
        Set<String> tenants = new LinkedHashSet<>();
        List<String> bad = new ArrayList<>();
        for (String tenant : given) {
            if (io.hookwire.host.tenants.CurrentTenant.valid(tenant)) {
                tenants.add(tenant);
            } else {
                bad.add(String.valueOf(tenant));
            }
        }
        if (!bad.isEmpty()) {
            throw new ApiException(400, "invalid_argument", "tenant ids are letters, digits, '_', '.' and '-', at"
                    + " most 100 characters; not " + bad, Map.of("field", "tenants"));
        }
        return tenants;
    }
}
