/** The action the Failing test plugin owns, {@code test-failing:poke}, for other bundles and tests to use. */

@Export
@Version("1.0.0")
package io.hookwire.testplugin.failing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
