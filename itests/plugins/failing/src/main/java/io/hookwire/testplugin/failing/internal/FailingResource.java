package io.hookwire.testplugin.failing.internal;

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
import io.hookwire.testplugin.failing.FailingHooks;

/**
 * {@code GET /api/v1/test-failing/poke} fires {@code test-failing:poke} once and answers {@code {"poked":true}}
 * (the handler's failure is caught by the registry); {@code GET /api/v1/test-failing/ping} answers
 * {@code {"pong":true}} while the plugin runs.
 */
@Component(service = FailingResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-failing")
@Produces(MediaType.APPLICATION_JSON)
public final class FailingResource {
    public record Poked(boolean poked) {}

    public record Pong(boolean pong) {}

    private final Hooks hooks;

    @Activate
    public FailingResource(@Reference Hooks hooks) {
        this.hooks = hooks;
    }

    @GET
    @Path("poke")
    public Poked poke() {
        hooks.dispatch(FailingHooks.POKE, null);
        return new Poked(true);
    }

    @GET
    @Path("ping")
    public Pong ping() {
        return new Pong(true);
    }
}
