/** The host's audit trail: the hookwire_audit table, and {@code audit:record} fired for every entry. */
package io.hookwire.host.audit;
