package io.hookwire.hooks;

import java.util.Objects;

/**
 * The typed key of an action: its name and the type of its payload.
 *
 * <p>The owner of an action declares its key once, as a constant in its own exported package, and everyone else uses
 * that constant:
 *
 * <pre>{@code
 * public static final ActionHook<Greeting> GREETED = ActionHook.of("greeter:greeted", Greeting.class);
 * }</pre>
 *
 * <p>Two keys are equal when their names are equal. Instances are immutable.
 *
 * @param <P> the payload type; use {@link Void} for an action without a payload
 */
public final class ActionHook<P> {
    private final String name;
    private final Class<P> payloadType;

    private ActionHook(String name, Class<P> payloadType) {
        this.name = HookNames.requireValid(name);
        this.payloadType = Objects.requireNonNull(payloadType, "payloadType");
    }

    /**
     * Declares an action.
     *
     * @throws IllegalArgumentException when {@code name} does not look like {@code domain:event}
     */
    public static <P> ActionHook<P> of(String name, Class<P> payloadType) {
        return new ActionHook<>(name, payloadType);
    }

    /** The hook name, for example {@code auth:registered}. */
    public String name() {
        return name;
    }

    /** The payload type. */
    public Class<P> payloadType() {
        return payloadType;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionHook<?> other && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return "action " + name + "<" + payloadType.getSimpleName() + ">";
    }
}
