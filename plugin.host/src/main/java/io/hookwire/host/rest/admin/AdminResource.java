package io.hookwire.host.rest.admin;

import java.io.IOException;
import java.security.Principal;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import io.hookwire.api.rest.ApiException;
import io.hookwire.host.admin.AdminException;
import io.hookwire.host.admin.AuditEntry;
import io.hookwire.host.admin.ClientFailureStats;
import io.hookwire.host.admin.ClientTelemetry;
import io.hookwire.host.admin.DeployProblem;
import io.hookwire.host.admin.PluginAdmin;
import io.hookwire.host.admin.PluginView;
import io.hookwire.host.rest.JsonMapping;
import io.hookwire.host.security.AdminAuthFilter;
import io.hookwire.host.security.AdminOnly;

/**
 * The admin REST API under {@code /api/v1/admin}: plugins, their actions, the safe mode, the deploy problems and the
 * audit trail. Everything here needs the administrator's credentials ({@link AdminAuthFilter}).
 */
@Component(service = AdminResource.class)
@JaxrsResource
@AdminOnly
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

    /**
     * One plugin: its fields as in the list, and {@code client}, its failures in the browsers.
     *
     * @param plugin the plugin, whose fields are the object's own
     * @param client its client failures per hook × kind
     */
    public record PluginDetail(@JsonUnwrapped PluginView plugin, List<ClientFailureStats> client) {}

    private final PluginAdmin admin;
    private final ClientTelemetry clientTelemetry;

    @Context
    private SecurityContext security;

    @Activate
    public AdminResource(@Reference PluginAdmin admin, @Reference ClientTelemetry clientTelemetry) {
        this.admin = admin;
        this.clientTelemetry = clientTelemetry;
    }

    /**
     * A request body, read as JSON whatever its content type says (so that {@code curl -d '{...}'} works without a
     * header), or {@code null} when there is none. JSON that does not fit is answered 400 by the JSON error mapper.
     */
    private static <T> T read(String body, Class<T> type) throws IOException {
        return body == null || body.isBlank() ? null : JsonMapping.MAPPER.readValue(body, type);
    }

    private String actor() {
        Principal user = security == null ? null : security.getUserPrincipal();
        return user == null ? "admin" : user.getName();
    }

    @GET
    @Path("plugins")
    public PluginList plugins() {
        return new PluginList(admin.plugins(), admin.problems(), admin.safeMode(), admin.killSwitch());
    }

    @GET
    @Path("plugins/{id}")
    public PluginDetail plugin(@PathParam("id") String id) {
        PluginView view = admin.plugin(id).orElseThrow(() -> AdminException.notFound(id));
        return new PluginDetail(view, clientTelemetry.forPlugin(id));
    }

    @POST
    @Path("plugins/{id}/enable")
    @Consumes(MediaType.WILDCARD)
    public PluginView enable(@PathParam("id") String id, String body) throws IOException {
        return admin.enable(id, tenants(read(body, Tenants.class)), actor());
    }

    @POST
    @Path("plugins/{id}/disable")
    @Consumes(MediaType.WILDCARD)
    public PluginView disable(@PathParam("id") String id, String body) throws IOException {
        return admin.disable(id, tenants(read(body, Tenants.class)), actor());
    }

    @POST
    @Path("plugins/{id}/reset")
    public PluginView reset(@PathParam("id") String id) {
        return admin.reset(id, actor());
    }

    @POST
    @Path("plugins/{id}/purge")
    @Consumes(MediaType.WILDCARD)
    public Purged purge(@PathParam("id") String id, String json) throws IOException {
        Confirmation body = read(json, Confirmation.class);
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
    @Consumes(MediaType.WILDCARD)
    public SafeMode safeMode(String json) throws IOException {
        SafeMode body = read(json, SafeMode.class);
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
