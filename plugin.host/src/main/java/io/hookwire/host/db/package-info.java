/**
 * The host's database: one pooled {@code javax.sql.DataSource} service, {@code (hookwire.datasource=main)}, on H2 by
 * default or PostgreSQL, registered once the host's own tables are up to date ({@link io.hookwire.host.db.HostDatabase}).
 */
package io.hookwire.host.db;
