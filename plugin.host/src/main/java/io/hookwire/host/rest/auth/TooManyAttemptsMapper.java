package io.hookwire.host.rest.auth;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.host.accounts.TooManyAttempts;

/** A 429 with its {@code Retry-After} (whole seconds) and the usual JSON error. */
@Component(immediate = true, service = ExceptionMapper.class)
@JaxrsExtension
@JSONRequired
public final class TooManyAttemptsMapper implements ExceptionMapper<TooManyAttempts> {
    @Override
    public Response toResponse(TooManyAttempts e) {
        return Response.status(429).header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .type(MediaType.APPLICATION_JSON_TYPE).entity(e.toError()).build();
    }
}
