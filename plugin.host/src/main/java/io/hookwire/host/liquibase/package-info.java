/**
 * How the host runs Liquibase: on one long-lived thread ({@link io.hookwire.host.liquibase.LiquibaseRunner}), with
 * its changelog tables renamed into a prefix, and with stale locks released ({@link
 * io.hookwire.host.liquibase.StaleLocks}).
 */
package io.hookwire.host.liquibase;
