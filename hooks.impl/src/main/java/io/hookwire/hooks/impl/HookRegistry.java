package io.hookwire.hooks.impl;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHandler;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookErrorListener;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookNames;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.RunningHook;
import io.hookwire.hooks.gate.DispatchGate;
import io.hookwire.hooks.telemetry.HookTelemetry;

/**
 * The hook registry, as a plain Java object: {@code new HookRegistry(time, log, settings)}. The OSGi components in
 * {@code osgi} feed it whiteboard services and hand it to bundles through {@code Hooks}; nothing here knows OSGi.
 *
 * <p>Handlers of a hook run in (priority ascending, global registration sequence). Each hook's handlers are an
 * immutable array replaced on every change, so a dispatch takes no lock and sees one consistent list; a handler
 * removed while a dispatch runs is skipped if the dispatch has not reached it.
 *
 * <p>Thread-safe. Registration serialises on the hook table of its kind; dispatch never blocks on it.
 */
public final class HookRegistry implements AutoCloseable {
    private final TimeSource time;
    private final RegistryLog log;
    private final AtomicLong sequence = new AtomicLong();
    private final DispatchContexts contexts = new DispatchContexts();
    private final Telemetry telemetry = new Telemetry(contexts);
    private final FailureReporter reporter;
    private final HookTable actions;
    private final HookTable filters;
    private final ExecutorService isolation;
    private final Dispatcher dispatcher;
    private final Watchdog watchdog;
    private volatile RegistrySettings settings;
    /** The plugins the dispatch gate restricts. */
    private volatile Set<String> restricted = Set.of();
    private volatile boolean started;

    public HookRegistry(TimeSource time, RegistryLog log, RegistrySettings settings) {
        this.time = Objects.requireNonNull(time, "time");
        this.log = Objects.requireNonNull(log, "log");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reporter = new FailureReporter(time, log);
        this.actions = new HookTable(HookKind.ACTION, hook -> this.settings.budgetNanos(hook), contexts);
        this.filters = new HookTable(HookKind.FILTER, hook -> this.settings.budgetNanos(hook), contexts);
        this.isolation = Executors.newCachedThreadPool(daemonThreads("hookwire-isolated-handler-"));
        this.dispatcher = new Dispatcher(contexts, reporter, time, isolation, telemetry, settings);
        this.watchdog = new Watchdog(contexts, time, reporter, log, telemetry::drain);
    }

    /** Starts the watchdog thread: it looks for overruns when some hook has a budget, and drains telemetry. */
    public synchronized void start() {
        started = true;
        restartWatchdog();
    }

    /** Applies new settings: budgets, sampling and the watchdog tick take effect for the next dispatch. */
    public synchronized void configure(RegistrySettings newSettings) {
        settings = Objects.requireNonNull(newSettings, "settings");
        actions.rebudget();
        filters.rebudget();
        dispatcher.configure(newSettings);
        if (started) {
            restartWatchdog();
        }
    }

    private void restartWatchdog() {
        watchdog.start(settings.watchdogTickMillis(), settings.anyBudget());
    }

    /** Stops the watchdog and the isolation threads. Handlers stay registered. */
    @Override
    public synchronized void close() {
        started = false;
        watchdog.stop();
        isolation.shutdownNow();
    }

    public RegistrySettings settings() {
        return settings;
    }

    // Registration

    /** Registers an action handler for {@code plugin}. */
    public <P> HookRegistration registerAction(String plugin, ActionHook<P> hook, int priority, String handlerId,
            ActionHandler<? super P> handler) {
        return register(HookKind.ACTION, hook.name(), plugin, priority, handlerId, handler);
    }

    /** Registers a filter handler for {@code plugin}. */
    public <V, C> HookRegistration registerFilter(String plugin, FilterHook<V, C> hook, int priority,
            String handlerId, FilterHandler<V, ? super C> handler) {
        return register(HookKind.FILTER, hook.name(), plugin, priority, handlerId, handler);
    }

    /**
     * Registers a handler by hook name, as the whiteboard does.
     *
     * @param handler an {@link ActionHandler} for an action, a {@link FilterHandler} for a filter
     * @param handlerId a stable id, or {@code null} for {@code <plugin>#<sequence>}
     * @throws IllegalArgumentException when the name is malformed, the handler is of the wrong kind, or the plugin
     *     already has a handler with this id on this hook
     */
    public HookRegistration register(HookKind kind, String hook, String plugin, int priority, String handlerId,
            Object handler) {
        HookNames.requireValid(hook);
        Objects.requireNonNull(plugin, "plugin");
        Objects.requireNonNull(handler, "handler");
        Class<?> expected = kind == HookKind.ACTION ? ActionHandler.class : FilterHandler.class;
        if (!expected.isInstance(handler)) {
            throw new IllegalArgumentException("a handler of " + kind + " '" + hook + "' must be a "
                    + expected.getSimpleName() + ", not a " + handler.getClass().getName());
        }
        if (handlerId != null && handlerId.isBlank()) {
            throw new IllegalArgumentException("a handler id must not be blank");
        }
        HookTable table = table(kind);
        long seq = sequence.incrementAndGet();
        String id = handlerId != null ? handlerId : plugin + "#" + seq;
        Entry entry = new Entry(table.slot(hook), plugin, id, priority, seq, handler,
                telemetry.recorder(plugin, hook, kind));
        synchronized (table) { // against gate(), which marks entries under this lock after changing the set
            if (restricted.contains(plugin)) {
                entry.mark(Entry.RESTRICTED);
            }
            for (Entry other : entry.slot.entries) {
                if (other.plugin.equals(plugin) && other.id.equals(id)) {
                    throw new IllegalArgumentException("plugin '" + plugin + "' already has a handler with id '" + id
                            + "' on " + kind + " '" + hook + "'");
                }
            }
            table.add(entry);
        }
        log.debug("Registered " + entry.describe() + " at priority " + priority);
        return new Registration(table, entry);
    }

    private final class Registration implements HookRegistration {
        private final HookTable table;
        private final Entry entry;

        Registration(HookTable table, Entry entry) {
            this.table = table;
            this.entry = entry;
        }

        @Override
        public HandlerInfo handler() {
            return entry.info();
        }

        @Override
        public void close() {
            if (table.remove(entry)) {
                log.debug("Unregistered " + entry.describe());
            }
        }
    }

    // Dispatch

    /** Fires an action. */
    public <P> void dispatch(ActionHook<P> hook, P payload) {
        if (payload == null && hook.payloadType() != Void.class) {
            throw new NullPointerException("the payload of " + hook + " must not be null");
        }
        Slot slot = actions.find(hook.name());
        if (slot != null) {
            dispatcher.dispatch(slot, payload);
        }
    }

    /** Applies a filter. */
    @SuppressWarnings("unchecked")
    public <V, C> V applyFilters(FilterHook<V, C> hook, V value, C context) {
        if (value == null) {
            throw new NullPointerException("the value passed to " + hook + " must not be null");
        }
        Slot slot = filters.find(hook.name());
        return slot == null ? value : (V) dispatcher.apply(slot, hook.valueType(), value, context);
    }

    // Introspection

    /** The handlers of a hook in run order. */
    public List<HandlerInfo> handlers(HookKind kind, String hook) {
        Slot slot = table(kind).find(hook);
        if (slot == null) {
            return List.of();
        }
        List<HandlerInfo> result = new ArrayList<>();
        for (Entry entry : slot.entries) {
            result.add(entry.info());
        }
        return result;
    }

    /** Whether a hook has handlers. */
    public boolean hasHandlers(HookKind kind, String hook) {
        Slot slot = table(kind).find(hook);
        return slot != null && slot.entries.length > 0;
    }

    /** Every hook with handlers, actions first, then by name. */
    public List<HookInfo> hooks() {
        List<HookInfo> result = new ArrayList<>();
        for (HookTable table : List.of(actions, filters)) {
            for (Slot slot : table.active()) {
                result.add(new HookInfo(slot.name, slot.kind, handlers(slot.kind, slot.name)));
            }
        }
        result.sort(Comparator.comparing(HookInfo::kind).thenComparing(HookInfo::name));
        return result;
    }

    /** The hooks being fired on the calling thread, outermost first. */
    public List<RunningHook> running() {
        return contexts.current().running();
    }

    public HookTelemetry telemetry() {
        return telemetry;
    }

    /**
     * Installs the dispatch gate (or removes it, with {@code null}) and the plugins it restricts: their handlers run
     * only when the gate admits them.
     */
    public synchronized void gate(DispatchGate gate, Set<String> restrictedPlugins) {
        Set<String> plugins = gate == null ? Set.of() : Set.copyOf(restrictedPlugins);
        restricted = plugins;
        dispatcher.gate = gate;
        actions.markPlugins(Entry.RESTRICTED, plugins::contains);
        filters.markPlugins(Entry.RESTRICTED, plugins::contains);
    }

    public void addErrorListener(HookErrorListener listener) {
        reporter.addListener(listener);
    }

    public void removeErrorListener(HookErrorListener listener) {
        reporter.removeListener(listener);
    }

    /** The watchdog, for tests that drive it by hand. */
    Watchdog watchdog() {
        return watchdog;
    }

    private HookTable table(HookKind kind) {
        return kind == HookKind.ACTION ? actions : filters;
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
