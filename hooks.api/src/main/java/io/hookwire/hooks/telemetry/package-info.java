/**
 * Read access to the registry's telemetry: per plugin, hook and kind, the calls, failures, timeouts, latency
 * percentiles and the last error.
 */
@Export
@Version("1.0.0")
package io.hookwire.hooks.telemetry;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
