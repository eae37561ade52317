package io.hookwire.host.rest;

import java.util.Map;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.rest.ApiError;

/**
 * A request body that is not the JSON a resource expects is the client's mistake: a 400 that says where. Any other
 * JSON failure (an answer that cannot be written, say) is the server's: a 500 with an incident id, as
 * {@link UnexpectedExceptionMapper} answers.
 */
@Component(immediate = true, service = ExceptionMapper.class)
@JaxrsExtension
@JSONRequired
public final class JsonErrorMapper implements ExceptionMapper<JsonProcessingException> {
    private final Logger log;

    @Activate
    public JsonErrorMapper(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
    }

    @Override
    public Response toResponse(JsonProcessingException e) {
        if (!clientMistake(e)) {
            return UnexpectedExceptionMapper.incident(log, e);
        }
        String where = e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("invalid_json",
                "the request body is not the JSON this endpoint takes" + where + ": " + e.getOriginalMessage(),
                Map.of())).build();
    }

    /** Not JSON at all, or JSON of the wrong shape (a missing or unknown field, a value of the wrong type). */
    static boolean clientMistake(JsonProcessingException e) {
        return e instanceof JsonParseException || e instanceof MismatchedInputException
                || e instanceof PropertyBindingException;
    }
}
