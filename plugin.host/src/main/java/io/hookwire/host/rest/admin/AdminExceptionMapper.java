package io.hookwire.host.rest.admin;

import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.rest.ApiError;
import io.hookwire.host.admin.AdminException;

/** Answers an {@link AdminException} with the status its code means and a JSON error. */
@Component(immediate = true, service = ExceptionMapper.class)
@JaxrsExtension
@JSONRequired
public final class AdminExceptionMapper implements ExceptionMapper<AdminException> {
    static int status(String code) {
        return switch (code) {
            case "not_found" -> 404;
            case "conflict", "migration_refused", "migration_failed" -> 409;
            case "invalid_argument" -> 400;
            case "unavailable" -> 503;
            default -> 500;
        };
    }

    @Override
    public Response toResponse(AdminException e) {
        return Response.status(status(e.code())).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(e.code(), e.getMessage(), Map.of())).build();
    }
}
