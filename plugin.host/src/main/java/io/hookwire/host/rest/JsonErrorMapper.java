package io.hookwire.host.rest;

import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.rest.ApiError;

/** A request body that is not the JSON a resource expects is the client's mistake: a 400 that says where. */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JSONRequired
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    @Override
    public Response toResponse(JsonProcessingException e) {
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("invalid_json",
                "the request body is not the JSON this endpoint takes" + where + ": " + e.getOriginalMessage(),
                Map.of())).build();
    }
}
