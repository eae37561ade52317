package io.hookwire.hooks.impl.osgi;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.HookConstants;
import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookErrorListener;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.gate.DispatchGate;
import io.hookwire.hooks.impl.HandlerProperties;
import io.hookwire.hooks.impl.HookRegistry;
import io.hookwire.hooks.impl.RegistryLog;
import io.hookwire.hooks.impl.RegistrySettings;
import io.hookwire.hooks.impl.TimeSource;
import io.hookwire.hooks.telemetry.HookStats;
import io.hookwire.hooks.telemetry.HookTelemetry;

/**
 * The registry in the framework: it tracks the whiteboard handlers and error listeners, posts every failure to
 * EventAdmin, serves telemetry, and takes its settings from ConfigAdmin.
 *
 * <p>Whiteboard handlers are every {@link ActionHandler} and {@link FilterHandler} service (no target filter, so
 * that a service without a hook name is seen and reported rather than silently missed). They are keyed by
 * {@code service.id}. A malformed one is logged as "ignoring service N: reason" and skipped.
 */
@Component(service = {HookTelemetry.class, RegistryProvider.class}, immediate = true,
        configurationPid = RegistryConfiguration.PID)
@Designate(ocd = RegistryConfiguration.class)
public final class HookRegistryComponent implements HookTelemetry, RegistryProvider {
    private final RegistryLog log;
    private final HookRegistry registry;
    private final Map<Long, HookRegistration> whiteboard = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin eventAdmin;

    @Activate
    public HookRegistryComponent(RegistryConfiguration config,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.log = new LoggerAdapter(logger);
        this.registry = new HookRegistry(TimeSource.SYSTEM, log, settings(config, RegistrySettings.DEFAULTS));
        registry.addErrorListener(this::post);
    }

    @Activate
    void activate() {
        registry.start();
        RegistrySettings s = registry.settings();
        log.info("Hook registry started: default budget " + s.defaultBudgetMillis() + " ms, "
                + s.hookBudgetMillis().size() + " per-hook budgets, watchdog every " + s.watchdogTickMillis() + " ms");
    }

    @Modified
    void modified(RegistryConfiguration config) {
        registry.configure(settings(config, registry.settings()));
        log.info("Hook registry reconfigured: default budget " + registry.settings().defaultBudgetMillis() + " ms");
    }

    @Deactivate
    void deactivate() {
        registry.close();
    }

    /** The settings in {@code config}; the {@code current} ones, with the reason logged, when they are invalid. */
    private RegistrySettings settings(RegistryConfiguration config, RegistrySettings current) {
        try {
            return Settings.from(config, log);
        } catch (IllegalArgumentException e) {
            log.warn("Keeping the current hook registry settings: " + e.getMessage(), null);
            return current;
        }
    }

    @Override
    public HookRegistry registry() {
        return registry;
    }

    // Whiteboard handlers

    @Reference(service = ActionHandler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeAction", updated = "updatedAction")
    void addAction(ServiceReference<?> ref, ActionHandler<?> handler) {
        add(HookKind.ACTION, ref, handler);
    }

    void updatedAction(ServiceReference<?> ref, ActionHandler<?> handler) {
        remove(ref);
        add(HookKind.ACTION, ref, handler);
    }

    void removeAction(ServiceReference<?> ref) {
        remove(ref);
    }

    @Reference(service = FilterHandler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeFilter", updated = "updatedFilter")
    void addFilter(ServiceReference<?> ref, FilterHandler<?, ?> handler) {
        add(HookKind.FILTER, ref, handler);
    }

    void updatedFilter(ServiceReference<?> ref, FilterHandler<?, ?> handler) {
        remove(ref);
        add(HookKind.FILTER, ref, handler);
    }

    void removeFilter(ServiceReference<?> ref) {
        remove(ref);
    }

    private void add(HookKind kind, ServiceReference<?> ref, Object handler) {
        long serviceId = (Long) ref.getProperty(Constants.SERVICE_ID);
        try {
            HandlerProperties props = HandlerProperties.read(properties(ref));
            HookRegistration registration = registry.register(kind, props.hook(), PluginIds.of(ref.getBundle()),
                    props.priority(), props.handlerId(), handler);
            whiteboard.put(serviceId, registration);
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring service " + serviceId + " (" + kind + " handler of bundle "
                    + ref.getBundle().getSymbolicName() + "): " + e.getMessage(), null);
        }
    }

    private void remove(ServiceReference<?> ref) {
        HookRegistration registration = whiteboard.remove((Long) ref.getProperty(Constants.SERVICE_ID));
        if (registration != null) {
            registration.close();
        }
    }

    private static Map<String, Object> properties(ServiceReference<?> ref) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : ref.getPropertyKeys()) {
            properties.put(key, ref.getProperty(key));
        }
        return properties;
    }

    // The dispatch gate

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeGate", updated = "updatedGate")
    void addGate(DispatchGate gate, Map<String, Object> properties) {
        registry.gate(gate, restricted(properties));
    }

    void updatedGate(DispatchGate gate, Map<String, Object> properties) {
        registry.gate(gate, restricted(properties));
    }

    void removeGate(DispatchGate gate) {
        registry.gate(null, Set.of());
    }

    private static Set<String> restricted(Map<String, Object> properties) {
        Object value = properties.get(DispatchGate.RESTRICTED);
        if (value instanceof String one) {
            return Set.of(one);
        }
        if (value instanceof String[] many) {
            return new java.util.HashSet<>(java.util.Arrays.asList(many));
        }
        if (value instanceof java.util.Collection<?> many) {
            Set<String> result = new java.util.HashSet<>();
            many.forEach(v -> result.add(String.valueOf(v)));
            return result;
        }
        return Set.of();
    }

    // Error listeners and signals

    @Reference(service = HookErrorListener.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "removeErrorListener")
    void addErrorListener(HookErrorListener listener) {
        registry.addErrorListener(listener);
    }

    void removeErrorListener(HookErrorListener listener) {
        registry.removeErrorListener(listener);
    }

    /** Posts a failure to EventAdmin, for the breaker and anyone else who listens. */
    private void post(HookError error) {
        EventAdmin events = eventAdmin;
        if (events == null) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put(HookConstants.EVENT_PLUGIN, error.plugin());
        properties.put(HookConstants.EVENT_HOOK, error.hook());
        properties.put(HookConstants.EVENT_KIND, error.kind().label());
        properties.put(HookConstants.EVENT_HANDLER, error.handlerId());
        properties.put(HookConstants.EVENT_DURATION_NANOS, error.durationNanos());
        properties.put(HookConstants.EVENT_ERROR_TYPE, error.error().getClass().getName());
        String message = error.error().getMessage();
        properties.put(HookConstants.EVENT_ERROR_MESSAGE, message == null ? "" : message);
        properties.put(EventConstants.EXCEPTION, error.error());
        properties.put(EventConstants.TIMESTAMP, error.time().toEpochMilli());
        events.postEvent(new Event(error.timedOut() ? HookConstants.TOPIC_TIMED_OUT : HookConstants.TOPIC_FAILED,
                properties));
    }

    // Telemetry

    @Override
    public List<HookStats> all() {
        return registry.telemetry().all();
    }

    @Override
    public List<HookStats> forPlugin(String plugin) {
        return registry.telemetry().forPlugin(plugin);
    }

    @Override
    public List<HookStats> forHook(String hook) {
        return registry.telemetry().forHook(hook);
    }

    @Override
    public Optional<HookStats> get(String plugin, String hook, HookKind kind) {
        return registry.telemetry().get(plugin, hook, kind);
    }
}
