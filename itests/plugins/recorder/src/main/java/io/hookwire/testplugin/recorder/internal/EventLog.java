package io.hookwire.testplugin.recorder.internal;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The recorded dispatches, in the order they were recorded, in memory. It keeps the last {@value #CAPACITY} (a
 * test that switches db:query on must not fill the heap). Payloads are turned into JSON at once, so a payload that
 * changes later (a verdict, say) is seen as it was. Thread-safe.
 */
final class EventLog {
    static final int CAPACITY = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final Deque<RecordedEvent> events = new ArrayDeque<>();
    private long seq;

    void record(String hook, Object payload) {
        JsonNode json = toJson(payload);
        String thread = Thread.currentThread().getName();
        synchronized (this) {
            if (events.size() == CAPACITY) {
                events.removeFirst();
            }
            events.addLast(new RecordedEvent(++seq, hook, json, thread, Instant.now()));
        }
    }

    /**
     * The recorded events in order.
     *
     * @param hook only this action, or {@code null} for all
     * @param after only those with a greater {@code seq}
     */
    synchronized List<RecordedEvent> events(String hook, long after) {
        List<RecordedEvent> list = new ArrayList<>();
        for (RecordedEvent e : events) {
            if (e.seq() > after && (hook == null || hook.equals(e.hook()))) {
                list.add(e);
            }
        }
        return list;
    }

    /** Forgets every event; the sequence goes on, so a client's {@code after} stays meaningful. */
    synchronized void clear() {
        events.clear();
    }

    /** Records field by field; what is not a record (the capability registry) becomes {@code {"type": name}}. */
    static JsonNode toJson(Object payload) {
        if (payload == null) {
            return JsonNodeFactory.instance.nullNode();
        }
        if (!(payload instanceof Record)) {
            return JsonNodeFactory.instance.objectNode().put("type", payload.getClass().getName());
        }
        try {
            return JSON.valueToTree(payload);
        } catch (IllegalArgumentException e) {
            return JsonNodeFactory.instance.objectNode().put("unserializable", payload.getClass().getName())
                    .put("error", String.valueOf(e.getMessage()));
        }
    }
}
