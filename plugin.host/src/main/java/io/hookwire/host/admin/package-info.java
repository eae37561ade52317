/**
 * The administration of plugins, for the front ends that operators use: the REST API under
 * {@code /api/v1/admin}, the Gogo commands and the Web Console pages. One service, {@link
 * io.hookwire.host.admin.PluginAdmin}, does the work; every front end is a thin layer over it, so that they all show
 * the same states and reasons and write the same audit trail.
 */
@Export
@Version("1.1.0")
package io.hookwire.host.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
