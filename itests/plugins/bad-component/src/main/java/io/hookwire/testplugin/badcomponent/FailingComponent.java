package io.hookwire.testplugin.badcomponent;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/** An immediate component (it provides no service) that SCR activates as soon as the bundle starts, and fails. */
@Component
public final class FailingComponent {
    /** The message of the failure, for tests to recognise. */
    static final String MESSAGE = "activation fails on purpose";

    @Activate
    void activate() {
        throw new RuntimeException(MESSAGE);
    }
}
