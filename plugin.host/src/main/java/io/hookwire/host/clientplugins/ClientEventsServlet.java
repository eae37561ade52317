package io.hookwire.host.clientplugins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.servlet.AsyncContext;
import javax.servlet.AsyncEvent;
import javax.servlet.AsyncListener;
import javax.servlet.Servlet;
import javax.servlet.ServletOutputStream;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventHandler;
import org.osgi.service.event.propertytypes.EventTopics;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.hookwire.api.events.HookwireTopics;
import io.hookwire.host.rest.JsonMapping;

/**
 * {@code GET /api/v1/client-plugins/events}: server-sent events that tell open web shells that plugins changed, so
 * that they re-fetch {@code GET /api/v1/client-plugins} (which applies their own tenant) and load or drop modules
 * without a reload. The stream opens with {@code retry: 2000}; each change the plugin lifecycle records
 * ({@value HookwireTopics#PLUGIN_CHANGED}: states, enable and disable, also per tenant, quarantine, reset, install,
 * update, uninstall, the safe mode) is one {@code event: plugins} whose data is
 * {@code {"plugin", "state", "reason"}} (no tenant, no user: anyone may listen); a {@code : keepalive} comment
 * follows every {@value #KEEPALIVE_SECONDS} s of silence.
 *
 * <p>Bounded: at most {@value #MAX_STREAMS} open streams (then 503 with {@code Retry-After}), and each ends after
 * {@value #STREAM_MINUTES} minutes (the browser's EventSource reconnects by itself and re-fetches the list). An exact
 * whiteboard pattern, so it wins over the JAX-RS whiteboard's {@code /*}. All writes happen on one thread of its
 * own, never on EventAdmin's (which would blacklist a handler that a slow client holds up).
 */
@Component(service = {Servlet.class, EventHandler.class}, immediate = true)
@HttpWhiteboardServletPattern(ClientEventsServlet.PATH)
@HttpWhiteboardServletName("hookwire-client-plugin-events")
@HttpWhiteboardServletAsyncSupported
@EventTopics(HookwireTopics.PLUGIN_CHANGED)
public final class ClientEventsServlet extends HttpServlet implements EventHandler {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/api/v1/client-plugins/events";
    static final int MAX_STREAMS = 1000;
    static final int KEEPALIVE_SECONDS = 15;
    static final int STREAM_MINUTES = 10;
    static final String OPENING = "retry: 2000\n\n";
    static final String KEEPALIVE = ": keepalive\n\n";

    private final transient Logger log;
    private final transient Set<AsyncContext> streams = ConcurrentHashMap.newKeySet();
    private final transient ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "hookwire-client-events");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public ClientEventsServlet(@Reference(service = LoggerFactory.class) Logger log) {
        this.log = log;
        writer.scheduleWithFixedDelay(() -> broadcast(KEEPALIVE), KEEPALIVE_SECONDS, KEEPALIVE_SECONDS,
                TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        writer.shutdownNow();
        for (AsyncContext stream : streams) {
            close(stream);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (streams.size() >= MAX_STREAMS) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("application/json");
            response.getWriter().write("{\"error\":\"unavailable\",\"message\":\"too many open event streams; try"
                    + " again later\",\"details\":{}}");
            return;
        }
        response.setContentType("text/event-stream;charset=utf-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Accel-Buffering", "no"); // a proxy in front must not hold the events back
        AsyncContext stream = request.startAsync();
        stream.setTimeout(TimeUnit.MINUTES.toMillis(STREAM_MINUTES));
        stream.addListener(new AsyncListener() {
            @Override
            public void onComplete(AsyncEvent event) {
                streams.remove(stream);
            }

            @Override
            public void onTimeout(AsyncEvent event) {
                close(stream);
            }

            @Override
            public void onError(AsyncEvent event) {
                close(stream);
            }

            @Override
            public void onStartAsync(AsyncEvent event) {
                // not restarted
            }
        });
        streams.add(stream);
        execute(() -> write(stream, OPENING));
    }

    /** A change the lifecycle recorded: tells every open stream (on the writer thread). */
    @Override
    public void handleEvent(Event event) {
        String message = message(text(event, HookwireTopics.PLUGIN), text(event, HookwireTopics.STATE),
                text(event, HookwireTopics.CHANGE));
        execute(() -> broadcast(message));
    }

    /** The {@code event: plugins} message of a change. */
    static String message(String plugin, String state, String reason) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("plugin", plugin);
        data.put("state", state);
        data.put("reason", reason);
        try {
            return "event: plugins\ndata: " + JsonMapping.MAPPER.writeValueAsString(data) + "\n\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }

    private static String text(Event event, String property) {
        Object value = event.getProperty(property);
        return value == null ? null : value.toString();
    }

    int openStreams() {
        return streams.size();
    }

    private void execute(Runnable work) {
        try {
            writer.execute(work);
        } catch (RejectedExecutionException e) {
            // deactivated: the streams are closed
        }
    }

    private void broadcast(String message) {
        for (AsyncContext stream : streams) {
            write(stream, message);
        }
    }

    private void write(AsyncContext stream, String message) {
        if (!streams.contains(stream)) {
            return;
        }
        try {
            ServletOutputStream out = stream.getResponse().getOutputStream();
            out.write(message.getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException | IllegalStateException e) {
            close(stream); // the browser went away
        }
    }

    private void close(AsyncContext stream) {
        if (streams.remove(stream)) {
            try {
                stream.complete();
            } catch (IllegalStateException e) {
                log.debug("An event stream was already complete: " + e.getMessage());
            }
        }
    }
}
