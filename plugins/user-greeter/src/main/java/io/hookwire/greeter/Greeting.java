package io.hookwire.greeter;

import java.time.Instant;

/**
 * {@code greeter:greeted}: a greeting that was sent.
 *
 * @param name who was greeted
 * @param message the filtered message
 * @param at when
 */
public record Greeting(String name, String message, Instant at) {}
