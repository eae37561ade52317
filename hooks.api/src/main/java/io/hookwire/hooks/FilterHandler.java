package io.hookwire.hooks;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A handler of a filter, published as a whiteboard service.
 *
 * <pre>{@code
 * @Component
 * @HookName("greeter:message") @HookPriority(20)
 * public class Signature implements FilterHandler<String, GreetingRequest> {
 *     public String filter(String message, GreetingRequest request) { return message + " -- the team"; }
 * }
 * }</pre>
 *
 * <p>Each handler receives the value returned by the one before it. It must return a non-null instance of the
 * filter's value type. When it throws, times out, or returns anything else, the failure is attributed to it and the
 * value it was given passes on unchanged.
 *
 * @param <V> the value type of the filter
 * @param <C> the context type of the filter
 * @see HookConstants for the service properties
 */
@ConsumerType
@FunctionalInterface
public interface FilterHandler<V, C> {
    /** Returns the filtered value. */
    V filter(V value, C context) throws Exception;
}
