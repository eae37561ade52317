package io.hookwire.audit.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.core.CoreHooks;

/**
 * The actions this plugin records: every {@link ActionHook} constant of {@link CoreHooks} (the seed's §8.1
 * inventory), read from the class so that an action added there is recorded too, except two that fire for every
 * request or statement: {@code db:query} (every SQL statement, including this plugin's own inserts, would be an
 * event, and each event a statement) and {@code http:request} (every API call; the audit is of what changed); and
 * {@code outbox:queued}, whose messages carry secrets such as one-time password reset links, which an audit trail
 * must never keep (the host audits the request itself: {@code auth.password_reset_requested}).
 */
final class RecordedHooks {
    /** The actions left out, by name. */
    static final Set<String> EXCLUDED = Set.of(CoreHooks.DB_QUERY.name(), CoreHooks.HTTP_REQUEST.name(),
            CoreHooks.OUTBOX_QUEUED.name());

    private RecordedHooks() {}

    static List<ActionHook<?>> all() {
        List<ActionHook<?>> hooks = new ArrayList<>();
        for (Field field : CoreHooks.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == ActionHook.class) {
                ActionHook<?> hook = read(field);
                if (!EXCLUDED.contains(hook.name())) {
                    hooks.add(hook);
                }
            }
        }
        return List.copyOf(hooks);
    }

    private static ActionHook<?> read(Field field) {
        try {
            return (ActionHook<?>) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read CoreHooks." + field.getName(), e);
        }
    }
}
