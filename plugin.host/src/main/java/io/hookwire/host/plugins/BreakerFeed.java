package io.hookwire.host.plugins;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookErrorListener;

/** Feeds every hook failure and timeout the registry reports to the plugin manager's circuit breaker. */
@Component
public final class BreakerFeed implements HookErrorListener {
    private final PluginControl plugins;

    @Activate
    public BreakerFeed(@Reference PluginControl plugins) {
        this.plugins = plugins;
    }

    @Override
    public void onError(HookError error) {
        Throwable t = error.error();
        plugins.failed(error.plugin(), error.timedOut() ? QuarantineBreaker.Failure.TIMEOUT
                : QuarantineBreaker.Failure.EXCEPTION, t.getClass().getSimpleName() + ": " + t.getMessage() + " ("
                + error.kind() + " " + error.hook() + ", handler " + error.handlerId() + ")");
    }
}
