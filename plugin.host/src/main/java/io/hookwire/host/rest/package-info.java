/** The host's REST API under {@code /api/v1}, and the mapping of every error to a JSON {@code ApiError}. */
package io.hookwire.host.rest;
