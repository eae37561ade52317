package io.hookwire.greeter.internal;

import org.osgi.service.component.annotations.Component;

import io.hookwire.greeter.GreetingRequest;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;
import io.hookwire.hooks.HookPriority;

/** Signs every greeting. Runs late (priority 90), after the other filters had their say. */
@Component
@HookName("greeter:message")
@HookPriority(90)
@HookHandlerId("signature")
public final class SignatureFilter implements FilterHandler<String, GreetingRequest> {
    @Override
    public String filter(String message, GreetingRequest request) {
        return message + " (sent by the User Greeter plugin)";
    }
}
