package io.hookwire.api.rest;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The HTTP request the current thread serves, as far as a plugin needs to name it: its id. The host registers this
 * service; a plugin references it (optionally, like the Bouncer) to put the id into what it records, so that an
 * entry of its own leads back to the request in the host's access log ({@code io.hookwire.access}) and in the host's
 * audit trail.
 *
 * <p>The id is the client's {@code X-Request-Id} header when it is well-formed (letters, digits, '.', '_', ':', '-';
 * 1 to 128 characters; a browser plugin's interceptor may send one), else one the host made; it is answered in the
 * same header.
 */
@ProviderType
public interface CurrentRequest {
    /** The id of the request this thread serves, or empty outside a request (a job, an event, a start-up). */
    Optional<String> id();
}
