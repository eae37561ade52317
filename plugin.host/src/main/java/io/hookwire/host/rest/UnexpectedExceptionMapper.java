package io.hookwire.host.rest;

import java.util.Map;
import java.util.UUID;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.rest.ApiError;
import io.hookwire.host.pipeline.RequestIds;

/**
 * The last resort: a resource threw something nobody mapped. The client gets a 500 with an incident id and no stack
 * trace; the log gets the stack trace under the same id.
 */
@Component(immediate = true, service = ExceptionMapper.class)
@JaxrsExtension
@JSONRequired
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private final Logger log;

    @Activate
    public UnexpectedExceptionMapper(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Override
    public Response toResponse(Throwable e) {
        return incident(log, e);
    }

    /**
     * A 500 with a fresh incident id, and the stack trace in the log under it and under the request's id (also in
     * the answer's {@code X-Request-Id}).
     */
    static Response incident(Logger log, Throwable e) {
        String incident = UUID.randomUUID().toString();
        String request = RequestIds.current();
        log.error("Request " + (request == null ? "" : request + " ") + "failed unexpectedly (incident " + incident
                + ")", e);
        Map<String, Object> details = request == null ? Map.of("incident", incident)
                : Map.of("incident", incident, "requestId", request);
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError("internal_error", "The server failed to answer; the incident id is " + incident
                        + " in its log", details))
                .build();
    }
}
