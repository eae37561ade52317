package io.hookwire.host.pipeline;

import java.util.Map;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.api.rest.ApiError;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.IncomingRequest;
import io.hookwire.hooks.core.RequestVerdict;
import io.hookwire.host.bouncer.CallerFilter;

/**
 * Fires {@code http:request} before each {@code /api/v1} request is handled. A handler that refuses it
 * ({@link RequestVerdict#reject}) gets its status answered with a JSON error {@code {"error": code, "message": ...,
 * "details": {"requestId": ...}}}, and the resource does not run. Where it stands among the other filters, and
 * why: {@link PipelineOrder}.
 *
 * <p>Without a handler on either {@code http:request} or {@code http:response} it costs two registry look-ups and
 * builds nothing. With one, it builds the request's {@link HttpExchange} once, for both hooks.
 */
@Component(immediate = true, service = ContainerRequestFilter.class)
@JaxrsExtension
@JSONRequired
@PreMatching
@Priority(PipelineOrder.HTTP_REQUEST)
public final class HttpRequestHook implements ContainerRequestFilter {
    private final Hooks hooks;
    private final RequestCaller caller;
    private final CallerFilter callers;

    @Activate
    public HttpRequestHook(@Reference Hooks hooks, @Reference RequestCaller caller, @Reference CallerFilter callers) {
        this.hooks = hooks;
        this.caller = caller;
        this.callers = callers;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!callers.decide(request)) { // the caller and the tenant first, whatever order the filters run in
            return;
        }
        boolean requestHandlers = hooks.hasHandlers(CoreHooks.HTTP_REQUEST);
        if ((!requestHandlers && !hooks.hasHandlers(CoreHooks.HTTP_RESPONSE)) || !Exchanges.underApi(request)) {
            return;
        }
        // built now, while the caller and the tenant are set, for the response side too
        HttpExchange exchange = Exchanges.of(request, caller);
        if (!requestHandlers) {
            return;
        }
        RequestVerdict verdict = new RequestVerdict();
        hooks.dispatch(CoreHooks.HTTP_REQUEST, new IncomingRequest(exchange, verdict));
        verdict.rejection().ifPresent(r -> request.abortWith(refusal(r, exchange.requestId())));
    }

    static Response refusal(RequestVerdict.Rejection rejection, String requestId) {
        String code = rejection.code() == null || rejection.code().isBlank() ? "request_refused" : rejection.code();
        String message = rejection.message() == null || rejection.message().isBlank()
                ? "the request was refused by a plugin (http:request)" : rejection.message();
        return Response.status(rejection.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(code, message, Map.of("requestId", requestId))).build();
    }
}
