package io.hookwire.host.rest;

import java.lang.management.ManagementFactory;
import java.time.Instant;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.host.runtime.ActivePlugins;

/** {@code GET /api/v1/health}: whether the runtime is up, since when, and how many plugins are active. */
@Component(service = HealthResource.class)
@JaxrsResource
@JSONRequired
@Path("/api/v1/health")
@Produces(MediaType.APPLICATION_JSON)
public final class HealthResource {

    /**
     * @param status {@code UP}
     * @param version the Hookwire version
     * @param startedAt when the JVM started
     * @param uptimeMillis how long ago
     * @param activePlugins how many plugin bundles are active
     */
    public record Health(String status, String version, String startedAt, long uptimeMillis, int activePlugins) {}

    private final BundleContext context;

    @Activate
    public HealthResource(BundleContext context) {
        this.context = context;
    }

    @GET
    public Health health() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        return new Health("UP", context.getBundle().getVersion().toString(), Instant.ofEpochMilli(start).toString(),
                System.currentTimeMillis() - start, ActivePlugins.count(context));
    }
}
