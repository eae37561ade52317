package io.hookwire.host.tenants;

import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.plugin.PluginHeaders;
import io.hookwire.api.rest.ApiError;
import io.hookwire.host.plugins.PluginControl;

/**
 * Guards plugins' REST resources with the same check as the dispatch gate: a plugin enabled for some tenants only
 * answers their requests; for anyone else its resources do not exist (404).
 */
@Component(immediate = true, service = ContainerRequestFilter.class)
@JaxrsExtension
@JSONRequired
@Priority(Priorities.AUTHORIZATION)
public final class TenantResourceGuard implements ContainerRequestFilter {
    private final PluginControl plugins;

    @Context
    private ResourceInfo resource;

    @Activate
    public TenantResourceGuard(@Reference PluginControl plugins) {
        this.plugins = plugins;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Class<?> type = resource == null ? null : resource.getResourceClass();
        Bundle bundle = type == null ? null : FrameworkUtil.getBundle(type);
        String plugin = bundle == null ? null : bundle.getHeaders("").get(PluginHeaders.ID);
        if (plugin != null && !plugins.servesCurrentTenant(plugin.trim())) {
            request.abortWith(Response.status(404).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(
                    "not_found", "HTTP 404 Not Found", Map.of())).build());
        }
    }
}
