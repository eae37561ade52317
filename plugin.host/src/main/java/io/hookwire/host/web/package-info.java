/**
 * Serving a bundle's files to browsers: the version tokens of their URLs, their content types, and the immutable,
 * revalidatable answer that the shell's assets and the plugins' browser modules share.
 */
package io.hookwire.host.web;
