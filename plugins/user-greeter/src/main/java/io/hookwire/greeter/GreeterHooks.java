package io.hookwire.greeter;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;

/** The hooks the User Greeter owns. Another plugin can handle them by depending on this package. */

public final class GreeterHooks {
    private GreeterHooks() {}

    /** Someone was greeted; fired after the message was filtered. */
    public static final ActionHook<Greeting> GREETED = ActionHook.of("greeter:greeted", Greeting.class);

    /** The greeting text, before it is sent; the context says who is greeted. */
    public static final FilterHook<String, GreetingRequest> MESSAGE =
            FilterHook.of("greeter:message", String.class, GreetingRequest.class);
}
