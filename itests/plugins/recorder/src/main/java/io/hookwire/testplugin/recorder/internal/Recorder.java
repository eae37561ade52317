package io.hookwire.testplugin.recorder.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.core.CoreHooks;
import io.hookwire.hooks.core.IncomingRequest;

/**
 * Registers a handler (id {@value #HANDLER_ID}) on every action of {@link CoreHooks}, read from the class, that
 * appends (hook, payload) to the {@link EventLog}. {@code db:query} gets its handler only while it is switched on
 * (settings or REST): with no handler the host's statements pay nothing. The recorder's own requests
 * ({@code /api/v1/test-recorder/...}) are not recorded on {@code http:request}, so that reading the log does not
 * change it.
 */
@Component(service = Recorder.class, configurationPid = RecorderSettings.PID)
@Designate(ocd = RecorderSettings.class)
public final class Recorder {
    static final String HANDLER_ID = "test-recorder";
    /** Late: the recorder sees an action after the handlers that react to it. */
    static final int PRIORITY = 1000;
    static final String OWN_PATHS = "/api/v1/test-recorder";

    private final Hooks hooks;
    private final EventLog log = new EventLog();
    private final List<HookRegistration> registrations = new ArrayList<>();
    private HookRegistration dbQuery;

    @Activate
    public Recorder(@Reference Hooks hooks, RecorderSettings settings) {
        this.hooks = hooks;
        for (ActionHook<?> hook : actions()) {
            if (!hook.equals(CoreHooks.DB_QUERY)) {
                registrations.add(register(hook));
            }
        }
        configure(settings);
    }

    /** Every action constant of CoreHooks. */
    static List<ActionHook<?>> actions() {
        List<ActionHook<?>> actions = new ArrayList<>();
        for (Field f : CoreHooks.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == ActionHook.class) {
                try {
                    actions.add((ActionHook<?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read CoreHooks." + f.getName(), e);
                }
            }
        }
        return actions;
    }

    private <P> HookRegistration register(ActionHook<P> hook) {
        return hooks.registerAction(hook, PRIORITY, HANDLER_ID, payload -> {
            if (!(payload instanceof IncomingRequest r && r.exchange().path().startsWith(OWN_PATHS))) {
                log.record(hook.name(), payload);
            }
        });
    }

    @Modified
    void configure(RecorderSettings settings) {
        recordDbQuery(settings.record_db_query());
    }

    /** Switches the db:query handler on or off. */
    synchronized void recordDbQuery(boolean on) {
        if (on && dbQuery == null) {
            dbQuery = register(CoreHooks.DB_QUERY);
        } else if (!on && dbQuery != null) {
            dbQuery.close();
            dbQuery = null;
        }
    }

    synchronized boolean recordsDbQuery() {
        return dbQuery != null;
    }

    EventLog log() {
        return log;
    }

    @Deactivate
    synchronized void deactivate() {
        recordDbQuery(false);
        registrations.forEach(HookRegistration::close);
    }
}
