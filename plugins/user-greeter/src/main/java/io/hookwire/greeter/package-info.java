/**
 * The User Greeter plugin's own hooks, for other plugins to use: the action {@code greeter:greeted} and the filter
 * {@code greeter:message}.
 */

@Export
@Version("1.0.0")
package io.hookwire.greeter;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
