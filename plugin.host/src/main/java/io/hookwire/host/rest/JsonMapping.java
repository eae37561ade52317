package io.hookwire.host.rest;

import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.ContextResolver;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * How Hookwire's REST API writes and reads JSON: times ({@code Instant} and the rest of java.time) as ISO-8601
 * strings, for example {@code "2026-11-27T05:38:57.789Z"}. The JAX-RS whiteboard's Jackson provider asks every
 * application's context resolvers for its mapper, so plugins' resources get the same.
 */
@Component(immediate = true, service = ContextResolver.class)
@JaxrsExtension
@JaxrsName("hookwire.json")
@JSONRequired
@Produces(MediaType.APPLICATION_JSON)
public final class JsonMapping implements ContextResolver<ObjectMapper> {
    /** The mapper, for code that reads JSON itself. It is thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return MAPPER;
    }
}
