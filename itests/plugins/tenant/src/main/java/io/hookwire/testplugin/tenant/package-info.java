/** The filter the Tenant test plugin owns, {@code test-tenant:label}, for other bundles and tests to use. */

@Export
@Version("1.0.0")
package io.hookwire.testplugin.tenant;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
