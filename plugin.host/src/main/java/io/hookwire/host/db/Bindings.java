package io.hookwire.host.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameters set on one prepared or callable statement, for {@code db:query}: kept only while someone listens.
 * There is an overload per primitive so that, without a listener, a {@code setInt} boxes nothing (and with one,
 * each value keeps its type: an {@code Integer} for {@code setInt}). Parameters set by name (on a callable
 * statement) follow the positional ones, in the order they were first set. Confined to the statement's thread, as
 * the statement is.
 */
final class Bindings {
    private final DbQueryEvents events;
    /** The values by parameter index (index 1 at 0), and the highest index set. */
    private Object[] values;
    private int count;
    private Map<String, Object> named;

    Bindings(DbQueryEvents events) {
        this.events = events;
    }

    /** The bindings set so far: by index, then by name. */
    List<Object> list() {
        if (named == null) {
            return count == 0 ? List.of() : Arrays.asList(Arrays.copyOf(values, count));
        }
        List<Object> all = new ArrayList<>(count + named.size());
        for (int i = 0; i < count; i++) {
            all.add(values[i]);
        }
        all.addAll(named.values());
        return all;
    }

    /** {@code clearParameters()}. */
    void clear() {
        values = null;
        count = 0;
        named = null;
    }

    void set(int index, Object value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, boolean value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, byte value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, short value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, int value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, long value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, float value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(int index, double value) {
        if (events.active()) {
            put(index, value);
        }
    }

    void set(String name, Object value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, boolean value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, byte value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, short value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, int value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, long value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, float value) {
        if (events.active()) {
            put(name, value);
        }
    }

    void set(String name, double value) {
        if (events.active()) {
            put(name, value);
        }
    }

    private void put(int index, Object value) {
        if (index < 1) {
            return; // the driver has refused it already
        }
        if (values == null) {
            values = new Object[Math.max(8, index)];
        } else if (index > values.length) {
            values = Arrays.copyOf(values, Math.max(index, values.length * 2));
        }
        values[index - 1] = value;
        count = Math.max(count, index);
    }

    private void put(String name, Object value) {
        if (named == null) {
            named = new LinkedHashMap<>();
        }
        named.put(name, value);
    }
}
