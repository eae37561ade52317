package io.hookwire.host.pipeline;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Gives every request its id ({@link RequestIds}) before anything else looks at it, and answers it in the
 * {@value RequestIds#HEADER} header, errors included (a refusal by the administrator's filter, the tenant filter or
 * an {@code http:request} handler carries it too).
 *
 * <p>It is the first request filter ({@link PipelineOrder#REQUEST_ID}) and, since JAX-RS runs response filters in
 * the reverse order, the last response filter, which forgets the id for the thread.
 */
@Component(immediate = true, service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(PipelineOrder.REQUEST_ID)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        RequestIds.of(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // of(): a request that another filter refused before this one saw it gets its id now
        response.getHeaders().putSingle(RequestIds.HEADER, RequestIds.of(request));
        RequestIds.clear();
    }
}
