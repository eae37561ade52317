package io.hookwire.testplugin.recorder.internal;

import java.util.List;
import java.util.Map;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;

/**
 * The recorder over HTTP, for the integration tests (no authentication: a test fixture, never deployed in
 * production):
 * <ul>
 * <li>{@code GET /api/v1/test-recorder/events[?hook=auth:registered][&after=12]}: {@code {"events": [{"seq",
 * "hook", "payload", "thread", "at"}, ...]}} in the order they fired;
 * <li>{@code DELETE /api/v1/test-recorder/events}: forgets them (204);
 * <li>{@code PUT /api/v1/test-recorder/db-query?on=true|false}: records db:query or stops ({@code {"dbQuery":
 * true}}).
 * </ul>
 */
@Component(service = RecorderResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-recorder")
@Produces(MediaType.APPLICATION_JSON)
public final class RecorderResource {
    public record EventList(List<RecordedEvent> events) {}

    private final Recorder recorder;

    @Activate
    public RecorderResource(@Reference Recorder recorder) {
        this.recorder = recorder;
    }

    @GET
    @Path("events")
    public EventList events(@QueryParam("hook") String hook, @QueryParam("after") String after) {
        long from;
        try {
            from = after == null || after.isBlank() ? 0 : Long.parseLong(after.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("after", "'after' must be the seq of an event, not '" + after + "'");
        }
        return new EventList(recorder.log().events(hook == null || hook.isBlank() ? null : hook.strip(), from));
    }

    @DELETE
    @Path("events")
    public Response clear() {
        recorder.log().clear();
        return Response.noContent().build();
    }

    @PUT
    @Path("db-query")
    public Map<String, Boolean> dbQuery(@QueryParam("on") String on) {
        if (!"true".equals(on) && !"false".equals(on)) {
            throw ApiException.badRequest("on", "'on' must be true or false");
        }
        recorder.recordDbQuery(Boolean.parseBoolean(on));
        return Map.of("dbQuery", recorder.recordsDbQuery());
    }
}
