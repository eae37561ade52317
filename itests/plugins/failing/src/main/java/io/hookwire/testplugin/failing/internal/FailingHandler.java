package io.hookwire.testplugin.failing.internal;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;

/** Fails every call, so that each poke counts as one failure of this plugin. */
@Component
@HookName("test-failing:poke")
@HookHandlerId("always-throws")
public final class FailingHandler implements ActionHandler<Void> {
    /** The message of every failure, for tests to recognise. */
    static final String MESSAGE = "failing on purpose";

    @Override
    public void handle(Void payload) {
        throw new IllegalStateException(MESSAGE);
    }
}
