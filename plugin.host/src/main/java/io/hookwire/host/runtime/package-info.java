/** How the runtime configures itself at start: settings, logging, HTTP and the console. */
package io.hookwire.host.runtime;
