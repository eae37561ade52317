package io.hookwire.testplugin.hanging.internal;

import org.osgi.service.component.annotations.Component;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.HookHandlerId;
import io.hookwire.hooks.HookName;

/**
 * Blocks for a minute, far past any budget. The sleep is interruptible: when the registry interrupts the call at
 * the end of its budget, the {@link InterruptedException} ends it at once.
 */
@Component
@HookName("test-hanging:poke")
@HookHandlerId("sleeps")
public final class HangingHandler implements ActionHandler<Void> {
    /** How long one call blocks when nobody interrupts it. */
    static final long SLEEP_MS = 60_000;

    @Override
    public void handle(Void payload) throws InterruptedException {
        Thread.sleep(SLEEP_MS);
    }
}
