/** How a bundle says it is a Hookwire plugin: the manifest headers of {@link io.hookwire.api.plugin.PluginHeaders}. */
@Export
@Version("1.0.0")
package io.hookwire.api.plugin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
