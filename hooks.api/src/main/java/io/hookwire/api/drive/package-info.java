/**
 * The seed's {@code drive}: a file store of each plugin's own, under {@code data/drive/<plugin-id>/}. Get it as the
 * service {@link io.hookwire.api.drive.Drive}; each bundle receives the store of its own plugin.
 */
@Export
@Version("1.0.0")
package io.hookwire.api.drive;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
