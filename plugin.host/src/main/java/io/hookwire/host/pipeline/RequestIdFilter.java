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
@Component(service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(PipelineOrder.REQUEST_ID)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        String id = RequestIds.accept(request.getHeaderString(RequestIds.HEADER));
        request.setProperty(RequestIds.PROPERTY, id);
        RequestIds.set(id);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(RequestIds.PROPERTY);
        if (id != null) {
            response.getHeaders().putSingle(RequestIds.HEADER, id);
        }
        RequestIds.clear();
    }
}
