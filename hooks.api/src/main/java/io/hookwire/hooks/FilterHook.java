package io.hookwire.hooks;

import java.util.Objects;

/**
 * The typed key of a filter: its name, the type of the value it transforms, and the type of the context that comes
 * with the value.
 *
 * <pre>{@code
 * public static final FilterHook<String, GreetingRequest> MESSAGE =
 *         FilterHook.of("greeter:message", String.class, GreetingRequest.class);
 * }</pre>
 *
 * <p>Every handler must return a non-null instance of the value type; one that returns something else has failed,
 * and the value it was given passes on unchanged. For a generic value type, pass the raw class:
 * {@code FilterHook<List<NavItem>, Void> NAV = FilterHook.of("ui:nav:admin", List.class, Void.class)}.
 *
 * <p>Two keys are equal when their names are equal. Instances are immutable.
 *
 * @param <V> the value type
 * @param <C> the context type; use {@link Void} for a filter without context
 */
public final class FilterHook<V, C> {
    private final String name;
    private final Class<?> valueType;
    private final Class<?> contextType;

    private FilterHook(String name, Class<?> valueType, Class<?> contextType) {
        this.name = HookNames.requireValid(name);
        this.valueType = Objects.requireNonNull(valueType, "valueType");
        this.contextType = Objects.requireNonNull(contextType, "contextType");
    }

    /**
     * Declares a filter.
     *
     * @throws IllegalArgumentException when {@code name} does not look like {@code domain:event}
     */
    public static <V, C> FilterHook<V, C> of(String name, Class<? super V> valueType, Class<? super C> contextType) {
        return new FilterHook<>(name, valueType, contextType);
    }

    /** The hook name, for example {@code ui:nav:main}. */
    public String name() {
        return name;
    }

    /** The class every handler's result must be an instance of. */
    public Class<?> valueType() {
        return valueType;
    }

    /** The class of the context passed to every handler. */
    public Class<?> contextType() {
        return contextType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FilterHook<?, ?> other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "filter " + name + "<" + valueType.getSimpleName() + ", " + contextType.getSimpleName() + ">";
    }
}
