package io.hookwire.hooks;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A handler of an action, published as a whiteboard service.
 *
 * <pre>{@code
 * @Component
 * @HookName("auth:registered") @HookPriority(5)
 * public class WelcomeMail implements ActionHandler<User> {
 *     public void handle(User user) { ... }
 * }
 * }</pre>
 *
 * <p>The registry picks the service up by its {@link HookName} property and calls it for every dispatch of that
 * action, in (priority, registration) order. Whatever it throws is caught, attributed to the plugin that registered
 * it, and reported; the other handlers still run. It runs within the hook's time budget: a handler that blocks past
 * it is interrupted, and one that overruns it is isolated from the dispatching thread from then on.
 *
 * @param <P> the payload type of the action
 * @see HookConstants for the service properties
 */
@ConsumerType
@FunctionalInterface
public interface ActionHandler<P> {
    /** Handles one dispatch of the action. */
    void handle(P payload) throws Exception;
}
