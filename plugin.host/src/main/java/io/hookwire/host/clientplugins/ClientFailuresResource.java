package io.hookwire.host.clientplugins;

import java.io.IOException;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;

import io.hookwire.api.rest.ApiError;
import io.hookwire.api.rest.ApiException;
import io.hookwire.host.plugins.PluginRoster;
import io.hookwire.host.rest.JsonMapping;

/**
 * {@code POST /api/v1/client-plugins/failures}: a web shell reports a failure of a plugin's client code (see
 * {@link ClientFailure} for the body). Anyone may report (the shell runs for anonymous visitors too), so each client
 * address may report {@value #PER_MINUTE} a minute (then 429 with {@code Retry-After}); a report is logged (WARN) and
 * counted in the {@link ClientTelemetryStore}, never by the quarantine breaker (see
 * {@link io.hookwire.host.admin.ClientTelemetry}). 202 {@code {"recorded": true}}; 400 naming the field; 404 for a
 * plugin the host does not know.
 */
@Component(service = ClientFailuresResource.class, immediate = true)
@JaxrsResource
@JSONRequired
@Path("/api/v1/client-plugins/failures")
@Produces(MediaType.APPLICATION_JSON)
public final class ClientFailuresResource {
    static final int PER_MINUTE = 120;
    private static final int MAX_CLIENTS = 10_000;
    private static final int MAX_BODY = 16_384;

    /** The answer to a report. */
    public record Recorded(boolean recorded) {}

    private final PluginRoster roster;
    private final ClientTelemetryStore telemetry;
    private final Logger log;
    private final RateLimiter limiter = new RateLimiter(PER_MINUTE, MAX_CLIENTS, System::nanoTime);

    @Activate
    public ClientFailuresResource(@Reference PluginRoster roster, @Reference ClientTelemetryStore telemetry,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.roster = roster;
        this.telemetry = telemetry;
        this.log = log;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    public Response report(@Context HttpServletRequest servlet, String body) throws IOException {
        long retryAfter = limiter.acquire(clientAddress(servlet));
        if (retryAfter > 0) {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter))
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("too_many_requests",
                            "too many failure reports from this address; try again in " + retryAfter + " s",
                            Map.of("retryAfterSeconds", retryAfter))).build();
        }
        if (body != null && body.length() > MAX_BODY) {
            throw new ApiException(400, "invalid_argument", "the report must be at most " + MAX_BODY
                    + " characters", Map.of("field", "body", "max", MAX_BODY));
        }
        ClientFailure failure = ClientFailure.of(parse(body));
        if (roster.roster().find(failure.plugin()).isEmpty()) {
            throw ApiException.notFound("plugin", failure.plugin());
        }
        telemetry.record(failure);
        log.warn("Client failure of plugin '" + failure.plugin() + "' (hook " + ClientFailure.oneLine(failure.hook())
                + ", kind " + failure.kind() + (failure.timedOut() ? ", timed out" : "")
                + (failure.page() == null ? "" : ", page " + ClientFailure.oneLine(failure.page())) + "): "
                + ClientFailure.oneLine(failure.message()));
        return Response.accepted(new Recorded(true)).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw ApiException.badRequest("body", "send the failure as a JSON object");
        }
        try {
            return JsonMapping.MAPPER.readTree(body);
        } catch (JacksonException e) {
            throw ApiException.badRequest("body", "the body is not JSON: " + e.getOriginalMessage());
        }
    }

    /** The peer's address; a method parameter, never a field (see AuthResource#clientAddress). */
    private static String clientAddress(HttpServletRequest servlet) {
        try {
            return servlet == null ? "" : servlet.getRemoteAddr();
        } catch (RuntimeException e) {
            return "";
        }
    }
}
