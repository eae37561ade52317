package io.hookwire.api.events;

import java.util.regex.Pattern;

import io.hookwire.hooks.HookConstants;

/**
 * The EventAdmin topics Hookwire posts, and where a plugin posts its own. Listen with an
 * {@code org.osgi.service.event.EventHandler} service whose {@code event.topics} names them (a trailing {@code *}
 * matches a subtree); post with the {@code EventAdmin} service. Events are for telling, not asking: a handler cannot
 * answer or change anything (use a hook for that), and {@code postEvent} delivers later, on EventAdmin's threads.
 *
 * <table>
 * <caption>Topics posted by Hookwire</caption>
 * <tr><th>topic</th><th>posted when</th><th>properties</th></tr>
 * <tr><td>{@value #HOOK_HANDLER_FAILED}</td><td>a hook handler threw, or returned a value of the wrong type</td>
 *     <td>{@code plugin}, {@code hook}, {@code kind}, {@code handler}, {@code duration.nanos}, {@code error.type},
 *     {@code error.message}, {@code exception} (see {@link HookConstants})</td></tr>
 * <tr><td>{@value #HOOK_HANDLER_TIMED_OUT}</td><td>a hook handler overran its time budget</td><td>the same</td></tr>
 * <tr><td>{@value #PLUGIN_CHANGED}</td><td>the host recorded a change of a plugin (its state, an operator's action,
 *     an update in place) or of the safe mode</td><td>{@value #PLUGIN} (absent for the safe mode), {@value #STATE},
 *     {@value #CHANGE}</td></tr>
 * <tr><td>{@value #JOB_FAILED}</td><td>a run of a plugin's job threw</td><td>{@value #PLUGIN}, {@value #JOB},
 *     {@value #ERROR_TYPE}, {@value #ERROR_MESSAGE}, {@code exception}</td></tr>
 * </table>
 *
 * <p>The OSGi framework and its services post theirs too, through EventAdmin: {@code org/osgi/framework/BundleEvent/*}
 * (a bundle was installed, started, stopped...), {@code org/osgi/framework/ServiceEvent/*},
 * {@code org/osgi/framework/FrameworkEvent/*}, {@code org/osgi/service/log/LogEntry/*} (every log entry) and
 * {@code org/osgi/service/cm/ConfigurationEvent/*} (a configuration was changed, for example a plugin's settings).
 *
 * <p><b>A plugin's own topics</b> live under {@code hookwire/plugin/<plugin-id>/} ({@link #plugin(String, String)}),
 * for example {@code hookwire/plugin/notes/note/ARCHIVED}, so that they never clash with another plugin's and a
 * listener can take all of one plugin's with {@code hookwire/plugin/notes/*}.
 */
public final class HookwireTopics {
    private HookwireTopics() {}

    /** A hook handler failed: {@value}. */
    public static final String HOOK_HANDLER_FAILED = HookConstants.TOPIC_FAILED;
    /** A hook handler overran its budget: {@value}. */
    public static final String HOOK_HANDLER_TIMED_OUT = HookConstants.TOPIC_TIMED_OUT;
    /** A run of a job failed: {@value}. */
    public static final String JOB_FAILED = "io/hookwire/jobs/JOB_FAILED";

    /** The host recorded a change of a plugin or of the safe mode: {@value}. */
    public static final String PLUGIN_CHANGED = "io/hookwire/plugins/PLUGIN_CHANGED";

    /**
     * Event property of {@value #PLUGIN_CHANGED}: the plugin's state now ({@code INSTALLED}, {@code ENABLED},
     * {@code ACTIVE}, {@code QUARANTINED}), or {@code SAFE_MODE_ON} / {@code SAFE_MODE_OFF} (String).
     */
    public static final String STATE = "state";
    /**
     * Event property of {@value #PLUGIN_CHANGED}: what happened, in one word that names no tenant, for example
     * {@code state}, {@code installed}, {@code enabled}, {@code disabled}, {@code updated}, {@code quarantined},
     * {@code reset}, {@code uninstalled}, {@code safe_mode.on} (String).
     */
    public static final String CHANGE = "change";

    /** Event property: the plugin id (String). */
    public static final String PLUGIN = "plugin";
    /** Event property: the job's name (String). */
    public static final String JOB = "job";
    /** Event property: the class name of the failure (String). */
    public static final String ERROR_TYPE = "error.type";
    /** Event property: the failure's message (String, may be empty). */
    public static final String ERROR_MESSAGE = "error.message";

    /** Where every plugin's own topics start: {@value}. */
    public static final String PLUGIN_PREFIX = "hookwire/plugin/";

    private static final Pattern TOKENS = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    /**
     * A topic of a plugin's own: {@code plugin("notes", "note/ARCHIVED")} is {@code hookwire/plugin/notes/note/ARCHIVED}.
     *
     * @param pluginId the plugin's {@code Plugin-Id}
     * @param topic the rest: tokens of letters, digits, '_' and '-', separated by '/'
     * @throws IllegalArgumentException when either is not a valid topic part
     */
    public static String plugin(String pluginId, String topic) {
        if (pluginId == null || !TOKENS.matcher(pluginId).matches() || pluginId.contains("/")) {
            throw new IllegalArgumentException("'" + pluginId + "' is not a plugin id");
        }
        if (topic == null || !TOKENS.matcher(topic).matches()) {
            throw new IllegalArgumentException("the topic '" + topic + "' must be tokens of letters, digits, '_'"
                    + " and '-', separated by '/', for example 'note/ARCHIVED'");
        }
        return PLUGIN_PREFIX + pluginId + "/" + topic;
    }
}
