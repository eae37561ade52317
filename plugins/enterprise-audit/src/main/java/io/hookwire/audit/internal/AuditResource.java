package io.hookwire.audit.internal;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.RequiresAbility;

/**
 * {@code GET /api/v1/audit/events}: the recorded actions, newest first, for callers with {@value AuditAbilities#READ}
 * (the host answers 401 or 403 before this runs). A caller sees the events of their current team; one who also holds
 * {@value AuditAbilities#READ_ALL} sees every event. Filters: {@code hook}, {@code actor}, {@code from} (inclusive) and
 * {@code to} (exclusive, ISO-8601 instants); paging: {@code limit} (1 to 200, default 50) with {@code cursor} (the
 * {@code nextCursor} of the page before) or {@code offset}. A bad parameter is a 400 that names it.
 */
@Component(service = AuditResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@RequiresAbility(AuditAbilities.READ)
public final class AuditResource {
    /**
     * One event as the API shows it.
     *
     * @param payload the action's payload, as JSON (not as a string)
     * @param requestId the id of the HTTP request that caused it ({@code X-Request-Id}), or {@code null}
     */
    public record EventView(long id, Instant at, String hook, String actor, String resource, String tenant,
            JsonNode payload, String requestId) {
        static EventView of(AuditEvent e) {
            return new EventView(e.id(), e.at(), e.hook(), e.actor(), e.resource(), e.tenant(),
                    PayloadJson.read(e.payload()), e.requestId());
        }
    }

    /** @param nextCursor pass it as {@code cursor} for the next page; {@code null} on the last page */
    public record EventList(List<EventView> events, String nextCursor) {}

    private final AuditRepository repository;
    private final Bouncer bouncer;

    @Activate
    public AuditResource(@Reference(target = "(hookwire.datasource=main)") DataSource dataSource,
            @Reference Bouncer bouncer) {
        this.repository = new AuditRepository(dataSource);
        this.bouncer = bouncer;
    }

    @GET
    @Path("events")
    public EventList events(@QueryParam("hook") String hook, @QueryParam("actor") String actor,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor, @QueryParam("offset") String offset) throws SQLException {
        EventQuery query = EventQuery.parse(hook, actor, from, to, limit, cursor, offset);
        if (!bouncer.allows(AuditAbilities.READ_ALL)) {
            // a team's admins read their team's trail, never another team's or the users' own
            String team = bouncer.caller().team().orElseThrow(() -> Bouncer.forbidden(AuditAbilities.READ_ALL));
            query = query.inTenant(team);
        }
        EventPage page = repository.find(query);
        return new EventList(page.events().stream().map(EventView::of).toList(), page.nextCursor());
    }
}
