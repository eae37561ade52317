package io.hookwire.host.rest;

import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.Hooks;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;
import io.hookwire.hooks.telemetry.LastError;
import io.hookwire.host.security.AdminOnly;

/**
 * {@code GET /api/v1/hooks}: every hook that has handlers, its handlers in run order, and the telemetry of each
 * plugin on it. It shows the plugins' insides, so it needs the administrator's credentials, as
 * {@code /api/v1/admin/hooks} does.
 */
@Component(service = HooksResource.class)
@JaxrsResource
@AdminOnly
@Path("/api/v1/hooks")
@Produces(MediaType.APPLICATION_JSON)
public final class HooksResource {

    public record HookList(List<HookView> hooks) {}

    public record HookView(String name, String kind, List<HandlerView> handlers, List<StatsView> telemetry) {}

    public record HandlerView(String id, String plugin, int priority, long sequence, boolean isolated) {}

    /** Latencies in milliseconds. */
    public record StatsView(String plugin, long calls, long failures, long timeouts, long timedCalls, double p50Ms,
            double p99Ms, double maxMs, ErrorView lastError) {}

    public record ErrorView(String time, String type, String message, boolean timedOut, String handler) {}

    /** One plugin × hook × kind of the telemetry listing. */
    public record StatsRow(String hook, String kind, StatsView stats) {}

    private final Hooks hooks;
    private final HookTelemetry telemetry;

    @Activate
    public HooksResource(@Reference Hooks hooks, @Reference HookTelemetry telemetry) {
        this.hooks = hooks;
        this.telemetry = telemetry;
    }

    @GET
    public HookList list() {
        return listing(hooks, telemetry);
    }

    /** Every hook with its handlers in run order and the telemetry of each plugin on it. */
    public static HookList listing(Hooks hooks, HookTelemetry telemetry) {
        List<HookView> views = new ArrayList<>();
        for (HookInfo hook : hooks.hooks()) {
            List<HandlerView> handlers = new ArrayList<>();
            for (HandlerInfo h : hook.handlers()) {
                handlers.add(new HandlerView(h.id(), h.plugin(), h.priority(), h.sequence(), h.isolated()));
            }
            List<StatsView> stats = new ArrayList<>();
            for (HookStats s : telemetry.forHook(hook.name())) {
                if (s.kind() == hook.kind()) {
                    stats.add(view(s));
                }
            }
            views.add(new HookView(hook.name(), hook.kind().label(), handlers, stats));
        }
        return new HookList(views);
    }

    public static StatsView view(HookStats s) {
        LastError e = s.lastError();
        ErrorView error = e == null ? null
                : new ErrorView(e.time().toString(), e.type(), e.message(), e.timedOut(), e.handlerId());
        return new StatsView(s.plugin(), s.calls(), s.failures(), s.timeouts(), s.timedCalls(), millis(s.p50Nanos()),
                millis(s.p99Nanos()), millis(s.maxNanos()), error);
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 1_000.0) / 1_000.0;
    }
}
