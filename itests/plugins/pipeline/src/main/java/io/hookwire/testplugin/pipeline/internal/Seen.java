package io.hookwire.testplugin.pipeline.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.core.HttpExchange;

/** What this plugin's handlers saw, for {@link PipelineResource} to show. Bounded; thread-safe. */
@Component(service = Seen.class)
public final class Seen {
    private static final int KEEP = 500;

    /** One statement that {@code db:query} reported. */
    public record Query(String sql, List<String> bindings, long elapsedNanos) {}

    /** One answer that {@code http:response} filtered. */
    public record Response(int status, String mediaType, boolean redacted) {}

    /** One action this plugin recorded, in the order it fired. */
    public record Event(String hook, Object payload) {}

    private final Map<String, HttpExchange> requests = bounded();
    private final Map<String, Response> responses = bounded();
    private final List<Query> queries = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    final AtomicLong queryCount = new AtomicLong();
    /** Whether the db:query handler runs a query of its own for each statement it is told of. */
    final AtomicBoolean recurse = new AtomicBoolean();
    final AtomicLong recursionProbes = new AtomicLong();

    private static <V> Map<String, V> bounded() {
        return Collections.synchronizedMap(new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > KEEP;
            }
        });
    }

    void request(HttpExchange exchange) {
        requests.put(exchange.requestId(), exchange);
    }

    HttpExchange request(String id) {
        return requests.get(id);
    }

    void response(String requestId, Response response) {
        responses.put(requestId, response);
    }

    Response response(String requestId) {
        return responses.get(requestId);
    }

    synchronized void query(Query query) {
        queryCount.incrementAndGet();
        queries.add(query);
        if (queries.size() > KEEP) {
            queries.remove(0);
        }
    }

    synchronized List<Query> queries() {
        return List.copyOf(queries);
    }

    synchronized void event(String hook, Object payload) {
        events.add(new Event(hook, payload));
        if (events.size() > KEEP) {
            events.remove(0);
        }
    }

    synchronized List<Event> events() {
        return List.copyOf(events);
    }
}
