package io.hookwire.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Payloads as JSON text: records field by field, times as ISO-8601 strings. A payload that is not a record (the
 * capability registry of {@code app:capabilities:register}, a service) is stored as {@code {}}: its state is not
 * the event's. Never throws: what cannot be written becomes {@code {"unserializable": "<type>"}}.
 */
final class PayloadJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private PayloadJson() {}

    static String write(Object payload) {
        if (!(payload instanceof Record)) {
            return "{}";
        }
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException | RuntimeException e) {
            return MAPPER.createObjectNode().put("unserializable", payload.getClass().getName()).toString();
        }
    }

    /** The stored text as a JSON tree, for the REST answer; text that is not JSON comes back as a string. */
    static JsonNode read(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return JsonNodeFactory.instance.textNode(json);
        }
    }
}
