package io.hookwire.testplugin.capabilities;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.metatype.annotations.Designate;

/** {@code GET /api/v1/test-capabilities/settings}: the settings as this component got them from ConfigAdmin. */
@Component(service = SettingsResource.class, configurationPid = CapabilitiesSettings.PID)
@Designate(ocd = CapabilitiesSettings.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-capabilities")
@Produces(MediaType.APPLICATION_JSON)
public final class SettingsResource {
    public record Settings(String greeting, int maxItems, boolean verbose, String mode, List<String> tags,
            boolean secretSet) {}

    private volatile Settings current;

    @Activate
    @Modified
    void configure(CapabilitiesSettings config) {
        current = new Settings(config.greeting(), config.max_items(), config.verbose(), config.mode(),
                List.of(config.tags()), !config.secret().isEmpty());
    }

    @GET
    @Path("settings")
    public Settings settings() {
        return current;
    }
}
