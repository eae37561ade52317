/**
 * Hookwire's actions and filters: typed hook keys, whiteboard handler services, the {@link io.hookwire.hooks.Hooks}
 * service, and failure reporting.
 *
 * <p>A hook is either an <em>action</em> ({@link io.hookwire.hooks.ActionHook}: handlers are told something happened)
 * or a <em>filter</em> ({@link io.hookwire.hooks.FilterHook}: handlers transform a value in turn). Handlers run one
 * after another in (priority ascending, registration order); each one is isolated from the others' failures and
 * given a time budget.
 */
@Export
@Version("1.0.0")
package io.hookwire.hooks;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
