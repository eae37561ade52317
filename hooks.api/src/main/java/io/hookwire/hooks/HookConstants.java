package io.hookwire.hooks;

/**
 * The service properties of handler services and the EventAdmin topics of the registry.
 *
 * <h2>Handler service properties</h2>
 * <table>
 * <caption>Properties of {@link ActionHandler} and {@link FilterHandler} services</caption>
 * <tr><th>property</th><th>type</th><th>required</th><th>when invalid</th></tr>
 * <tr><td>{@value #HOOK_NAME}</td><td>String</td><td>yes</td>
 *     <td>the service is ignored and the reason is logged as "ignoring service N: ..."</td></tr>
 * <tr><td>{@value #HOOK_PRIORITY}</td><td>Integer (a Long, Short or numeric String is accepted)</td>
 *     <td>no, default {@value #DEFAULT_PRIORITY}</td><td>the service is ignored, the reason is logged</td></tr>
 * <tr><td>{@value #HOOK_HANDLER_ID}</td><td>String, non-blank</td><td>no, default {@code component.name}, else
 *     {@code service.id}</td><td>the service is ignored, the reason is logged</td></tr>
 * </table>
 * Use the component property types {@link HookName}, {@link HookPriority} and {@link HookHandlerId} rather than
 * writing these names.
 *
 * <h2>Events</h2>
 * Every failure and timeout of a handler is posted (asynchronously) to EventAdmin under {@link #TOPIC_FAILED} or
 * {@link #TOPIC_TIMED_OUT}, with the {@code EVENT_*} properties below.
 */
public final class HookConstants {
    private HookConstants() {}

    /** The hook a handler service handles. */
    public static final String HOOK_NAME = "hook.name";
    /** The priority of a handler service: lower runs first. */
    public static final String HOOK_PRIORITY = "hook.priority";
    /** The stable id of a handler service. */
    public static final String HOOK_HANDLER_ID = "hook.handler.id";
    /** The priority of a handler that gives none. */
    public static final int DEFAULT_PRIORITY = 10;

    /** EventAdmin topic of a handler that threw, or returned a value of the wrong type. */
    public static final String TOPIC_FAILED = "io/hookwire/hooks/HANDLER_FAILED";
    /** EventAdmin topic of a handler that overran its time budget. */
    public static final String TOPIC_TIMED_OUT = "io/hookwire/hooks/HANDLER_TIMED_OUT";
    /** Event property: the plugin id (String). */
    public static final String EVENT_PLUGIN = "plugin";
    /** Event property: the hook name (String). */
    public static final String EVENT_HOOK = "hook";
    /** Event property: {@code "action"} or {@code "filter"} (String). */
    public static final String EVENT_KIND = "kind";
    /** Event property: the handler id (String). */
    public static final String EVENT_HANDLER = "handler";
    /** Event property: the call's duration in nanoseconds (Long; -1 when the call was not timed). */
    public static final String EVENT_DURATION_NANOS = "duration.nanos";
    /** Event property: the class name of the failure (String). */
    public static final String EVENT_ERROR_TYPE = "error.type";
    /** Event property: the message of the failure (String, may be empty). */
    public static final String EVENT_ERROR_MESSAGE = "error.message";
}
