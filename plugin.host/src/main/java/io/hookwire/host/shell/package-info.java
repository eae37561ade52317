/**
 * The web shell: the servlets that answer the shell's pages (one HTML template for every client-side route) and its
 * static assets (JavaScript modules, CSS, the vendored UI library) from this bundle's {@code shell/} folder.
 */
package io.hookwire.host.shell;
