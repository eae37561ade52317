/** The action the Hanging test plugin owns, {@code test-hanging:poke}, for other bundles and tests to use. */

@Export
@Version("1.0.0")
package io.hookwire.testplugin.hanging;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
