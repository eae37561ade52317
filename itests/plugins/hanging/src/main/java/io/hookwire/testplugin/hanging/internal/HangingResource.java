package io.hookwire.testplugin.hanging.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.hooks.Hooks;
import io.hookwire.testplugin.hanging.HangingHooks;

/**
 * {@code GET /api/v1/test-hanging/poke} fires {@code test-hanging:poke} once and answers {@code {"poked":true}} once
 * the dispatch returns (after the handler's budget); {@code GET /api/v1/test-hanging/ping} answers
 * {@code {"pong":true}} while the plugin runs.
 */
@Component(service = HangingResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-hanging")
@Produces(MediaType.APPLICATION_JSON)
public final class HangingResource {
    public record Poked(boolean poked) {}

    public record Pong(boolean pong) {}

    private final Hooks hooks;

    @Activate
    public HangingResource(@Reference Hooks hooks) {
        this.hooks = hooks;
    }

    @GET
    @Path("poke")
    public Poked poke() {
        hooks.dispatch(HangingHooks.POKE, null);
        return new Poked(true);
    }

    @GET
    @Path("ping")
    public Pong ping() {
        return new Pong(true);
    }
}
