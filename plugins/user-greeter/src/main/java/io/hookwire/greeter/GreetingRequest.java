package io.hookwire.greeter;

/**
 * The context of {@code greeter:message}.
 *
 * @param name who is greeted
 */
public record GreetingRequest(String name) {}
