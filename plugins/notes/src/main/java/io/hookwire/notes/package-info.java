/**
 * The Notes plugin's own hooks, for other plugins to use: the actions {@code notes:created}, {@code notes:updated},
 * {@code notes:deleted} and {@code notes:purged}, and the filter {@code notes:render}, with the {@link
 * io.hookwire.notes.Note} they carry.
 */

@Export
@Version("1.0.0")
package io.hookwire.notes;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
