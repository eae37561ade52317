package io.hookwire.hooks.core;

import java.time.Instant;

/**
 * {@code app:shutdown}: the application that is stopping.
 *
 * @param version the Hookwire version
 * @param startedAt when it started
 * @param reason why it stops, for example {@code framework stopping}
 */
public record AppInfo(String version, Instant startedAt, String reason) {}
