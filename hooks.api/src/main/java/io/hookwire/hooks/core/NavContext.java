package io.hookwire.hooks.core;

/**
 * The context of {@code ui:nav:main}: who is looking, and in which team.
 *
 * @param user the signed-in user, or {@code null}
 * @param team the current team, or {@code null}
 */
public record NavContext(User user, Team team) {}
