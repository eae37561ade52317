package io.hookwire.host.admin;

import java.time.Instant;

/**
 * Something in the deploy folder, or a bundle installed otherwise, that the host refused, with the reason: a file
 * that is not a bundle, a bundle that does not resolve, a bad {@code Plugin-*} header, a duplicate plugin id.
 *
 * @param source the file or the bundle location
 * @param pluginId the plugin id it claims, or {@code null}
 * @param reason what is wrong and, where it can, how to fix it
 * @param since when it was seen
 */
public record DeployProblem(String source, String pluginId, String reason, Instant since) {}
