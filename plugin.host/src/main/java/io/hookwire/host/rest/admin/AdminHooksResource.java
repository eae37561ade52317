package io.hookwire.host.rest.admin;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;
import io.hookwire.host.rest.HooksResource;
import io.hookwire.host.security.AdminOnly;

/**
 * {@code /api/v1/admin/hooks} (each hook with its handlers in run order and their telemetry) and
 * {@code /api/v1/admin/telemetry} (per plugin × hook × kind; as JSON, or in the Prometheus text format for
 * {@code Accept: text/plain}).
 */
@Component(service = AdminHooksResource.class)
@JaxrsResource
@AdminOnly
@Path("/api/v1/admin")
public final class AdminHooksResource {
    private final Hooks hooks;
    private final HookTelemetry telemetry;

    @Activate
    public AdminHooksResource(@Reference Hooks hooks, @Reference HookTelemetry telemetry) {
        this.hooks = hooks;
        this.telemetry = telemetry;
    }

    @GET
    @Path("hooks")
    @Produces(MediaType.APPLICATION_JSON)
    public HooksResource.HookList hooks() {
        return HooksResource.listing(hooks, telemetry);
    }

    @GET
    @Path("telemetry")
    @Produces(MediaType.APPLICATION_JSON)
    public List<HooksResource.StatsRow> telemetry() {
        List<HooksResource.StatsRow> rows = new ArrayList<>();
        for (HookStats s : telemetry.all()) {
            rows.add(new HooksResource.StatsRow(s.hook(), s.kind().label(), HooksResource.view(s)));
        }
        return rows;
    }

    @GET
    @Path("telemetry")
    @Produces("text/plain; version=0.0.4")
    public String prometheus() {
        return PrometheusText.of(telemetry.all());
    }
}
