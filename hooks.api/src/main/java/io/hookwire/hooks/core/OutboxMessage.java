package io.hookwire.hooks.core;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code outbox:queued}: a message the host wants sent (a password reset link, for example). The host keeps it in
 * its outbox table and writes it to the log; sending it for real (by mail, say) is a plugin's job.
 *
 * @param id the message's id in the outbox
 * @param to the recipient's address
 * @param subject the subject line
 * @param body the plain-text body
 * @param createdAt when it was queued
 */
public record OutboxMessage(long id, String to, String subject, String body, Instant createdAt) {
    public OutboxMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
