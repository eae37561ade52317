/**
 * The error contract of Hookwire's REST API: a resource throws {@link io.hookwire.api.rest.ApiException} and the
 * host answers with its status and a JSON body {@code {"error": code, "message": ..., "details": ...}}; and
 * {@link io.hookwire.api.rest.CurrentRequest}, the id of the request being served.
 */
@Export
@Version("1.1.0")
package io.hookwire.api.rest;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
