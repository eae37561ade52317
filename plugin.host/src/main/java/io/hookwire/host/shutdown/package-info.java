/** {@code app:shutdown}: announced once on an orderly stop, while the plugins still run. */
package io.hookwire.host.shutdown;
