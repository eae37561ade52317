package io.hookwire.greeter.internal;

import org.osgi.service.component.annotations.Component;

import io.hookwire.greeter.GreetingRequest;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.HookPriority;

/** Adds a welcome to every greeting. Runs early (priority 5). */
@Component
@HookName("greeter:message")
@HookPriority(5)
@HookHandlerId("welcome")
public final class WelcomeFilter implements FilterHandler<String, GreetingRequest> {
    @Override
    public String filter(String message, GreetingRequest request) {
        return message + " Welcome to Hookwire.";
    }
}
