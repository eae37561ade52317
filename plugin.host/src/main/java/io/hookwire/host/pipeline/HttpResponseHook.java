package io.hookwire.host.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.ext.WriterInterceptor;
import javax.ws.rs.ext.WriterInterceptorContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;

import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.HttpExchange;
import io.hookwire.hooks.core.ResponseBody;

/**
 * Applies {@code http:response} to the body of each {@code /api/v1} answer before it is written: this is where a
 * data loss prevention plugin redacts what must not leave. The filter's value is the body as text
 * ({@link ResponseBody}, with the status and the media type), its context the request's {@link HttpExchange}.
 *
 * <p>Only text bodies are filtered ({@link TextBodies}: JSON, XML, {@code text/*}); binary bodies and
 * {@code text/event-stream} are written as they come, unbuffered, so streaming downloads keep streaming. A text body
 * that is filtered is first written into memory whole (a streamed text body too), then the filtered text is written,
 * without the {@code Content-Length} header if its length changed. A filter that changes nothing leaves the bytes as
 * they were. The status and media type of the filtered value are not applied: the answer keeps its own.
 *
 * <p>As a response filter it decides, while the tenant and the caller are still set (see {@link PipelineOrder}),
 * and hands its decision to its writer interceptor on the same thread. Without a handler on {@code http:response}
 * it costs one registry look-up per answer and buffers nothing.
 */
@Component(immediate = true, service = {ContainerResponseFilter.class, WriterInterceptor.class})
@JaxrsExtension
@JSONRequired
@Priority(PipelineOrder.HTTP_RESPONSE)
public final class HttpResponseHook implements ContainerResponseFilter, WriterInterceptor {
    /** From the response filter to the writer interceptor of the same answer: both run on the answering thread. */
    private static final ThreadLocal<Pending> PENDING = new ThreadLocal<>();

    private record Pending(HttpExchange exchange, int status) {}

    private final Hooks hooks;
    private final RequestCaller caller;

    @Activate
    public HttpResponseHook(@Reference Hooks hooks, @Reference RequestCaller caller) {
        this.hooks = hooks;
        this.caller = caller;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        PENDING.remove();
        if (!response.hasEntity() || !hooks.hasHandlers(CoreHooks.HTTP_RESPONSE)
                || !TextBodies.filterable(response.getMediaType()) || !Exchanges.underApi(request)) {
            return;
        }
        PENDING.set(new Pending(Exchanges.of(request, caller), response.getStatus()));
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Pending pending = PENDING.get();
        PENDING.remove();
        MediaType type = context.getMediaType();
        Charset charset = pending == null || !TextBodies.filterable(type) ? null : TextBodies.charset(type);
        if (charset == null) {
            context.proceed();
            return;
        }
        OutputStream out = context.getOutputStream();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        context.setOutputStream(buffer);
        try {
            context.proceed();
        } finally {
            context.setOutputStream(out);
        }
        byte[] bytes = buffer.toByteArray();
        String text = new String(bytes, charset);
        ResponseBody filtered = hooks.applyFilters(CoreHooks.HTTP_RESPONSE,
                new ResponseBody(pending.status(), type.toString(), text), pending.exchange());
        if (filtered != null && !filtered.text().equals(text)) {
            bytes = filtered.text().getBytes(charset);
            context.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
        }
        out.write(bytes);
    }
}
