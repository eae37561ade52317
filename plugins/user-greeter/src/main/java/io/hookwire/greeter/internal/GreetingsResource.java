package io.hookwire.greeter.internal;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;
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

/**
 * {@code GET /api/v1/greeter/greetings?limit=20}: the latest greetings sent to new users, newest first:
 * {@code {"greetings": [{"id", "userId", "name", "message", "at"}, ...]}}. {@code limit} is 1 to 100, 20 by
 * default.
 */
@Component(service = GreetingsResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/greeter/greetings")
@Produces(MediaType.APPLICATION_JSON)
public final class GreetingsResource {
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    public record GreetingList(List<StoredGreeting> greetings) {}

    private final GreetingStore store;

    @Activate
    public GreetingsResource(@Reference(target = "(hookwire.datasource=main)") DataSource dataSource) {
        this.store = new GreetingStore(dataSource);
    }

    @GET
    public GreetingList latest(@QueryParam("limit") String limit) throws SQLException {
        return new GreetingList(store.latest(limit(limit)));
    }

    static int limit(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("limit", "'limit' must be a whole number from 1 to " + MAX_LIMIT + ", not '"
                + value + "'");
    }
}
