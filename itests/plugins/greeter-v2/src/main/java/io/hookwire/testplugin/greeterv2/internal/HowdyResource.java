package io.hookwire.testplugin.greeterv2.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;

/**
 * {@code GET /api/v1/greeter/greet?name=Ada} answers {@code {"name": "Ada", "message": "Howdy, Ada!"}}: the same
 * endpoint as version 1, with new words and no filters, so that a test sees which version answers.
 */
@Component(service = HowdyResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/greeter")
@Produces(MediaType.APPLICATION_JSON)
public final class HowdyResource {
    /** The longest name accepted, as in version 1. */
    static final int MAX_NAME = 100;

    public record GreetingAnswer(String name, String message) {}

    @GET
    @Path("greet")
    public GreetingAnswer greet(@QueryParam("name") String name) {
        if (name == null || name.isBlank()) {
            throw ApiException.badRequest("name", "the query parameter 'name' is required, for example ?name=Ada");
        }
        String trimmed = name.strip();
        if (trimmed.length() > MAX_NAME) {
            throw ApiException.badRequest("name", "the name is " + trimmed.length() + " characters long; at most "
                    + MAX_NAME + " are allowed");
        }
        return new GreetingAnswer(trimmed, "Howdy, " + trimmed + "!");
    }
}
