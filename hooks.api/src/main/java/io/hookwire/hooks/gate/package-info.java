/**
 * How the host decides, per dispatch, whether a plugin's handlers take part: a {@link
 * io.hookwire.hooks.gate.DispatchGate} service. The host uses it for plugins enabled for some tenants only.
 */
@Export
@Version("1.0.0")
package io.hookwire.hooks.gate;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
