package io.hookwire.host.plugins;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.hookwire.host.jobs.JobFailureListener;

/** Feeds every failed run of a job to the plugin manager's circuit breaker, as a job failure of its plugin. */
@Component
public final class JobBreakerFeed implements JobFailureListener {
    private final PluginControl plugins;

    @Activate
    public JobBreakerFeed(@Reference PluginControl plugins) {
        this.plugins = plugins;
    }

    @Override
    public void failed(String plugin, String job, Throwable error) {
        plugins.failed(plugin, QuarantineBreaker.Failure.JOB, error.getClass().getSimpleName() + ": "
                + error.getMessage() + " (job " + job + ")");
    }
}
