package io.hookwire.host.admin;

/**
 * The browser failures of one plugin × hook × kind (see {@link ClientTelemetry}).
 *
 * @param plugin the plugin id
 * @param hook the client hook, slot, page or phase, for example {@code ui:nav:main}, {@code dashboard.sidebar},
 *        {@code /p/notes} or {@code boot}
 * @param kind {@code boot}, {@code action}, {@code filter}, {@code widget}, {@code page}, {@code interceptor} or
 *        {@code dispose}
 * @param failures how many calls threw (or returned what they must not)
 * @param timeouts how many overran their time budget
 * @param lastError the latest of them
 */
public record ClientFailureStats(String plugin, String hook, String kind, long failures, long timeouts,
        ClientError lastError) {}
