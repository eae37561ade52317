package io.hookwire.host.tenants;

import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.rest.ApiError;

/**
 * Sets the current tenant for each request, and clears it after.
 *
 * <p>Until Hookwire has accounts (a later issue derives the tenant from the signed-in user's team), the tenant comes
 * from the request header {@value #HEADER}. A malformed value is refused with a 400.
 */
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class TenantFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The request header that names the tenant. */
    public static final String HEADER = "X-Hookwire-Tenant";

    @Override
    public void filter(ContainerRequestContext request) {
        CurrentTenant.clear();
        String tenant = request.getHeaderString(HEADER);
        if (tenant == null || tenant.isBlank()) {
            return;
        }
        if (!CurrentTenant.valid(tenant.trim())) {
            request.abortWith(Response.status(400).type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError(
                    "invalid_argument", "the " + HEADER + " header must be a tenant id: letters, digits, '_', '.'"
                            + " and '-', at most 100 characters", Map.of("header", HEADER))).build());
            return;
        }
        CurrentTenant.set(tenant.trim());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CurrentTenant.clear();
    }
}
