/**
 * Plugins' settings: the metatype of a plugin's bundle with the values ConfigAdmin holds, checked before they are
 * stored ({@link io.hookwire.host.settings.PluginSettings}), for {@code /api/v1/admin/plugins/{id}/settings}.
 */
package io.hookwire.host.settings;
