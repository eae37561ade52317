package io.hookwire.host.rest.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.rest.ApiException;
import io.hookwire.host.rest.JsonMapping;
import io.hookwire.host.security.AdminOnly;
import io.hookwire.host.settings.PluginSettings;
import io.hookwire.host.settings.SettingsView;

/**
 * A plugin's settings (ConfigAdmin + Metatype):
 * <ul>
 * <li>{@code GET /api/v1/admin/plugins/{id}/settings}: each object class definition of the plugin's bundle, its
 *     attribute definitions and the current values ({@link SettingsView});</li>
 * <li>{@code PUT /api/v1/admin/plugins/{id}/settings} with {@code {"pid": "...", "values": {"key": value}}} (or
 *     {@code "factoryPid"} for a new configuration of a factory): checks every value against the metatype, answers
 *     400 naming the first bad one ({@code details.field}) and stores nothing, or merges them into the stored
 *     configuration and answers the new view. {@code null} removes a value (its default applies again).</li>
 * </ul>
 */
@Component(service = AdminSettingsResource.class)
@JaxrsResource
@AdminOnly
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminSettingsResource {
    private final PluginSettings settings;

    @Context
    private SecurityContext security;

    @Activate
    public AdminSettingsResource(@Reference PluginSettings settings) {
        this.settings = settings;
    }

    @GET
    @Path("plugins/{id}/settings")
    public SettingsView settings(@PathParam("id") String id) throws IOException {
        return settings.view(id);
    }

    @PUT
    @Path("plugins/{id}/settings")
    @Consumes(MediaType.WILDCARD)
    public SettingsView update(@PathParam("id") String id, String body) throws IOException {
        JsonNode json = body == null || body.isBlank() ? null : JsonMapping.MAPPER.readTree(body);
        if (json == null || !json.isObject()) {
            throw ApiException.badRequest("body", "send {\"pid\": \"<pid>\", \"values\": {\"key\": value}}");
        }
        String pid = text(json, "pid");
        String factoryPid = text(json, "factoryPid");
        JsonNode values = json.get("values");
        if (values != null && !values.isObject()) {
            throw ApiException.badRequest("values", "values must be an object: {\"key\": value, ...}");
        }
        Map<String, Object> given = null;
        if (values != null) {
            given = new LinkedHashMap<>();
            for (var fields = values.fields(); fields.hasNext();) {
                var field = fields.next();
                given.put(field.getKey(), JsonMapping.MAPPER.treeToValue(field.getValue(), Object.class));
            }
        }
        return settings.update(id, pid, factoryPid, given, actor());
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest(field, field + " must be a string");
        }
        return value.asText();
    }

    private String actor() {
        Principal user = security == null ? null : security.getUserPrincipal();
        return user == null ? "admin" : user.getName();
    }
}
