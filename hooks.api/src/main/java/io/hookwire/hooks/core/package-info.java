/**
 * The core hook inventory: the server actions the host fires ({@link io.hookwire.hooks.core.CoreHooks}), the
 * client filters and slots of the web shell ({@link io.hookwire.hooks.core.ClientHooks},
 * {@link io.hookwire.hooks.core.ClientSlots}), and their payloads as small immutable records.
 *
 * <p>Plugins declare their own hooks in their own exported packages; this package holds only the host's.
 */
@Export
@Version("1.1.0")
package io.hookwire.hooks.core;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
