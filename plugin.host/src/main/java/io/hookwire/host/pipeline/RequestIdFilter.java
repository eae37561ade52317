package io.hookwire.host.pipeline;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

/**
 * Gives every request its id ({@link RequestIds}) before anything else looks at it, and answers it in the
 * {@value RequestIds#HEADER} header, errors included (a refusal by the administrator's filter, the tenant filter or
 * an {@code http:request} handler carries it too).
 *
 * <p>It is the first request filter ({@link PipelineOrder#REQUEST_ID}) and, since JAX-RS runs response filters in
 * the reverse order, the last response filter, which forgets the id for the thread.
 *
 * <p>It also writes the access log: one line per request at INFO on the logger {@value #ACCESS_LOG} (method, path,
 * status, time taken and the request id), so that an id a browser plugin sent (enterprise-audit's interceptor) or
 * one from the audit trail leads to the request in the log. Raise that logger to WARN to silence it.
 */
@Component(immediate = true, service = {ContainerRequestFilter.class, ContainerResponseFilter.class})
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(PipelineOrder.REQUEST_ID)
public final class RequestIdFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** The access log's logger name. */
    public static final String ACCESS_LOG = "io.hookwire.access";
    private static final String STARTED = RequestIdFilter.class.getName() + ".started";

    private final Logger access;

    @Activate
    public RequestIdFilter(@Reference LoggerFactory logs) {
        this(logs.getLogger(ACCESS_LOG));
    }

    RequestIdFilter(Logger access) {
        this.access = access;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        RequestIds.of(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        // of(): a request that another filter refused before this one saw it gets its id now
        String id = RequestIds.of(request);
        response.getHeaders().putSingle(RequestIds.HEADER, id);
        RequestIds.clear();
        if (access.isInfoEnabled()) {
            Object started = request.getProperty(STARTED);
            long millis = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1_000_000 : -1;
            access.info("{} /{} {} {} ms request={}", request.getMethod(), request.getUriInfo().getPath(),
                    response.getStatus(), millis, id);
        }
    }
}
