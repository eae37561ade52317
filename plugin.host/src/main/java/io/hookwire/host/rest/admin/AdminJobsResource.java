package io.hookwire.host.rest.admin;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.api.jobs.JobInfo;
import io.hookwire.host.jobs.JobsComponent;
import io.hookwire.host.security.AdminOnly;

/**
 * {@code GET /api/v1/admin/jobs}: every plugin's jobs (or one plugin's, {@code ?plugin=notes}), each with its
 * schedule, next run, runs, failures, skipped runs, whether it runs now and its last error.
 */
@Component(service = AdminJobsResource.class)
@JaxrsResource
@AdminOnly
@Path("/api/v1/admin")
@Produces(MediaType.APPLICATION_JSON)
public final class AdminJobsResource {
    private final JobsComponent jobs;

    @Activate
    public AdminJobsResource(@Reference JobsComponent jobs) {
        this.jobs = jobs;
    }

    @GET
    @Path("jobs")
    public List<JobInfo> jobs(@QueryParam("plugin") String plugin) {
        List<JobInfo> all = jobs.jobs();
        return plugin == null || plugin.isBlank() ? all
                : all.stream().filter(job -> job.plugin().equals(plugin.trim())).toList();
    }
}
