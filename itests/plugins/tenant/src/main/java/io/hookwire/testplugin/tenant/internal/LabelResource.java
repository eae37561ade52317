package io.hookwire.testplugin.tenant.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.hooks.Hooks;
import io.hookwire.testplugin.tenant.TenantHooks;

/**
 * {@code GET /api/v1/test-tenant/label} applies {@code test-tenant:label} to {@code "label"} and answers
 * {@code {"label": "label [tenant plugin]"}} when the plugin's filter ran, {@code {"label": "label"}} when it did not.
 */
@Component(service = LabelResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-tenant")
@Produces(MediaType.APPLICATION_JSON)
public final class LabelResource {
    public record Label(String label) {}

    private final Hooks hooks;

    @Activate
    public LabelResource(@Reference Hooks hooks) {
        this.hooks = hooks;
    }

    @GET
    @Path("label")
    public Label label() {
        return new Label(hooks.applyFilters(TenantHooks.LABEL, "label"));
    }
}
