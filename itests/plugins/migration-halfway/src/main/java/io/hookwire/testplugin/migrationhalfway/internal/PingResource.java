package io.hookwire.testplugin.migrationhalfway.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/test-migration-halfway/ping} answers {@code {"pong":true}} while the plugin runs. It never does
 * when the migration fails, so a 404 here is the expected answer.
 */
@Component(service = PingResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-migration-halfway")
@Produces(MediaType.APPLICATION_JSON)
public final class PingResource {
    public record Pong(boolean pong) {}

    @GET
    @Path("ping")
    public Pong ping() {
        return new Pong(true);
    }
}
