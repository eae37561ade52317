/**
 * Who is calling, and what they may do: the {@link io.hookwire.api.auth.Bouncer} service (the seed's
 * {@code bouncer}), the abilities plugins declare on {@code app:capabilities:register}, and the annotations that
 * guard a JAX-RS resource ({@link io.hookwire.api.auth.RequiresAbility}, {@link io.hookwire.api.auth.SignedIn}).
 */
@Export
@Version("1.0.0")
package io.hookwire.api.auth;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
