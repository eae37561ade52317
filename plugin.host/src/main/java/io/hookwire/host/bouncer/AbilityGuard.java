package io.hookwire.host.bouncer;

import java.lang.reflect.Method;
import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.auth.Bouncer;
import io.hookwire.api.auth.Caller;
import io.hookwire.api.auth.RequiresAbility;
import io.hookwire.api.auth.SignedIn;
import io.hookwire.api.plugin.PluginHeaders;
import io.hookwire.api.rest.ApiError;
import io.hookwire.api.rest.ApiException;
import io.hookwire.host.plugins.PluginControl;

/**
 * Enforces {@link RequiresAbility} and {@link SignedIn} on the JAX-RS resources of every bundle, before the method
 * runs: nobody signed in gets a 401, a caller without the ability a 403 naming it, both as JSON. A method's
 * {@code @RequiresAbility} replaces its class's. A plugin that does not serve the current tenant is left to the tenant
 * guard, so that it stays a 404. The filter is there from the start; until the Bouncer is (it waits for the
 * database), a guarded resource answers 503 rather than being served unguarded.
 */
@Component(immediate = true, service = ContainerRequestFilter.class)
@JaxrsExtension
@JSONRequired
@Priority(Priorities.AUTHORIZATION)
public final class AbilityGuard implements ContainerRequestFilter {
    @Context
    private ResourceInfo resource;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile HostBouncer bouncer;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PluginControl plugins;

    @Override
    public void filter(ContainerRequestContext request) {
        Method method = resource == null ? null : resource.getResourceMethod();
        Class<?> type = resource == null ? null : resource.getResourceClass();
        RequiresAbility ability = annotation(method, type, RequiresAbility.class);
        if (ability == null && annotation(method, type, SignedIn.class) == null || hiddenFromTenant(type)) {
            return;
        }
        Caller caller = CurrentCaller.get();
        if (!caller.signedIn()) {
            request.abortWith(answer(Bouncer.unauthenticated()));
            return;
        }
        if (ability == null) {
            return;
        }
        HostBouncer bouncer = this.bouncer;
        if (bouncer == null) {
            request.abortWith(Response.status(503).header(HttpHeaders.RETRY_AFTER, "1")
                    .type(MediaType.APPLICATION_JSON_TYPE).entity(new ApiError("unavailable", "the Bouncer is"
                            + " starting (it comes with the database); try again in a moment", Map.of()))
                    .build());
            return;
        }
        if (!bouncer.allows(caller, ability.value())) {
            request.abortWith(answer(Bouncer.forbidden(ability.value())));
        }
    }

    /**
     * Whether the resource is a plugin's that does not serve the current tenant: the tenant guard answers it 404 (the
     * whiteboard does not order the two filters, so this one steps aside).
     */
    private boolean hiddenFromTenant(Class<?> type) {
        PluginControl plugins = this.plugins;
        Bundle bundle = type == null ? null : FrameworkUtil.getBundle(type);
        String plugin = bundle == null ? null : bundle.getHeaders("").get(PluginHeaders.ID);
        return plugins != null && plugin != null && !plugins.servesCurrentTenant(plugin.trim());
    }

    /** The method's annotation, else the class's. */
    static <A extends java.lang.annotation.Annotation> A annotation(Method method, Class<?> type, Class<A> kind) {
        A onMethod = method == null ? null : method.getAnnotation(kind);
        if (onMethod != null) {
            return onMethod;
        }
        return type == null ? null : type.getAnnotation(kind);
    }

    private static Response answer(ApiException e) {
        return Response.status(e.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(e.toError()).build();
    }
}
