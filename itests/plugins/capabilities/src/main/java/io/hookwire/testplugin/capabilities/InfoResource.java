package io.hookwire.testplugin.capabilities;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.hookwire.api.jobs.JobInfo;
import io.hookwire.api.jobs.Scheduler;

/**
 * {@code GET /api/v1/test-capabilities/jobs}: the run counts and the plugin's jobs as its Scheduler sees them;
 * {@code GET /api/v1/test-capabilities/log?message=...}: logs the message at INFO through the Log Service.
 */
@Component(service = InfoResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/test-capabilities")
@Produces(MediaType.APPLICATION_JSON)
public final class InfoResource {
    public record Jobs(long counterRuns, long apiTickerRuns, List<JobInfo> jobs) {}

    public record Logged(String logged) {}

    private final Scheduler scheduler;
    private final Logger log;

    @Activate
    public InfoResource(@Reference Scheduler scheduler, @Reference(service = LoggerFactory.class) Logger log) {
        this.scheduler = scheduler;
        this.log = log;
    }

    @GET
    @Path("jobs")
    public Jobs jobs() {
        return new Jobs(CounterJob.RUNS.get(), ApiTicker.RUNS.get(), scheduler.jobs());
    }

    @GET
    @Path("log")
    public Logged log(@QueryParam("message") String message) {
        log.info("Logged on request: " + message);
        return new Logged(message);
    }
}
