package io.hookwire.greeter.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.osgi.service.component.annotations.Component;

import io.hookwire.greeter.Greeting;
import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;

/** Counts the greetings per name, from {@code greeter:greeted}. Kept in memory: a restart forgets them. */
@Component(service = {ActionHandler.class, GreetingCounter.class})
@HookName("greeter:greeted")
@HookHandlerId("counter")
public final class GreetingCounter implements ActionHandler<Greeting> {
    private final ConcurrentHashMap<String, LongAdder> counts = new ConcurrentHashMap<>();

    @Override
    public void handle(Greeting greeting) {
        counts.computeIfAbsent(greeting.name(), n -> new LongAdder()).increment();
    }

    /** How many times {@code name} was greeted. */
    public long count(String name) {
        LongAdder count = counts.get(name);
        return count == null ? 0 : count.sum();
    }
}
