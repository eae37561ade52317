package io.hookwire.greeter.internal;

import java.time.Instant;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;
import io.hookwire.greeter.Greeting;
import io.hookwire.greeter.GreeterHooks;
import io.hookwire.greeter.GreetingRequest;
import io.hookwire.hooks.Hooks;

/**
 * {@code GET /api/v1/greeter/greet?name=Ada}: builds a greeting, lets every {@code greeter:message} filter have its
 * say, fires {@code greeter:greeted}, and answers with the result.
 */
@Component(service = GreetResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/greeter")
@Produces(MediaType.APPLICATION_JSON)
public final class GreetResource {
    /** The longest name accepted. */
    static final int MAX_NAME = 100;

    /**
     * @param name who was greeted
     * @param message the filtered message
     * @param greetings how many times this name has been greeted since the plugin started
     */
    public record GreetingAnswer(String name, String message, long greetings) {}

    private final Hooks hooks;
    private final GreetingCounter counter;

    @Activate
    public GreetResource(@Reference Hooks hooks, @Reference GreetingCounter counter) {
        this.hooks = hooks;
        this.counter = counter;
    }

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
        String message = hooks.applyFilters(GreeterHooks.MESSAGE, "Hello, " + trimmed + "!",
                new GreetingRequest(trimmed));
        hooks.dispatch(GreeterHooks.GREETED, new Greeting(trimmed, message, Instant.now()));
        return new GreetingAnswer(trimmed, message, counter.count(trimmed));
    }
}
