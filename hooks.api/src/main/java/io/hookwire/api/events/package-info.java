/**
 * The seed's {@code emitter}: OSGi EventAdmin. {@link io.hookwire.api.events.HookwireTopics} lists the topics that
 * Hookwire posts, their properties, and the convention for a plugin's own topics.
 */
@Export
@Version("1.1.0")
package io.hookwire.api.events;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
