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
import io.hookwire.host.admin.ClientFailureStats;
import io.hookwire.host.admin.ClientTelemetry;
import io.hookwire.host.rest.HooksResource;
import io.hookwire.host.security.AdminOnly;

/**
 * {@code /api/v1/admin/hooks} (each hook with its handlers in run order and their telemetry) and
 * {@code /api/v1/admin/telemetry} (per plugin × hook × kind: {@code hooks}, the server's hook handlers, and
 * {@code client}, the failures the browsers reported; as JSON, or in the Prometheus text format for
 * {@code Accept: text/plain}).
 */
@Component(service = AdminHooksResource.class)
@JaxrsResource
@AdminOnly
@Path("/api/v1/admin")
public final class AdminHooksResource {
    private final Hooks hooks;
    private final HookTelemetry telemetry;
    private final ClientTelemetry clientTelemetry;

    /**
     * @param hooks the server's hook handlers, per plugin × hook × kind
     * @param client the plugins' failures in the browsers, per plugin × hook × kind (never counted by the breaker)
     */
    public record Telemetry(List<HooksResource.StatsRow> hooks, List<ClientFailureStats> client) {}

    @Activate
    public AdminHooksResource(@Reference Hooks hooks, @Reference HookTelemetry telemetry,
            @Reference ClientTelemetry clientTelemetry) {
        this.hooks = hooks;
        this.telemetry = telemetry;
        this.clientTelemetry = clientTelemetry;
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
    public Telemetry telemetry() {
        List<HooksResource.StatsRow> rows = new ArrayList<>();
        for (HookStats s : telemetry.all()) {
            rows.add(new HooksResource.StatsRow(s.hook(), s.kind().label(), HooksResource.view(s)));
        }
        return new Telemetry(rows, clientTelemetry.all());
    }

    @GET
    @Path("telemetry")
    @Produces("text/plain; version=0.0.4")
    public String prometheus() {
        return PrometheusText.of(telemetry.all(), clientTelemetry.all());
    }
}
