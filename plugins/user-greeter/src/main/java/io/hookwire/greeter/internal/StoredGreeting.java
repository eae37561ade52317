package io.hookwire.greeter.internal;

import java.time.Instant;

/**
 * A greeting sent to a newly registered user, as kept in {@code plugin_user_greeter__greetings}.
 *
 * @param id its id, growing with each greeting
 * @param userId the user greeted
 * @param name the name they were greeted by
 * @param message the message, after the {@code greeter:message} filters
 * @param at when
 */
public record StoredGreeting(long id, String userId, String name, String message, Instant at) {}
