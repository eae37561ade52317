package io.hookwire.host.admin;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What went wrong in the browsers: the failures and timeouts of the plugins' client code (module boots, client
 * filters and actions, widgets, pages, fetch interceptors), as the web shells report them to
 * {@code POST /api/v1/client-plugins/failures}, per plugin × hook × kind, with the last error. Kept in memory since
 * the start, bounded (the least recently failing records go first), shown in the Web Console's Telemetry page and in
 * the admin REST API.
 *
 * <p>These reports never feed the quarantine breaker: anyone can send them (an anonymous browser, or a script that
 * pretends to be one), so counting them would let anyone quarantine any plugin. They are for operators to read.
 */
@ProviderType
public interface ClientTelemetry {
    /** Every record, sorted by plugin, hook and kind. */
    List<ClientFailureStats> all();

    /** The records of one plugin, sorted by hook and kind. */
    List<ClientFailureStats> forPlugin(String plugin);
}
