package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Several threads register, unregister and dispatch at once, with the watchdog thread scanning all along (fake time
 * stands still, so it never declares an overrun). Afterwards no handler is lost and none haunts the hook.
 */
class ConcurrentRegistryTest {
    private static final ActionHook<String> SAVED = ActionHook.of("load:saved", String.class);
    private static final FilterHook<Integer, Void> COUNT = FilterHook.of("load:count", Integer.class, Void.class);
    private static final int REGISTRARS = 4;
    private static final int DISPATCHERS = 4;
    private static final int ROUNDS = 400;

    private final RecordingListener listener = new RecordingListener();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(REGISTRARS + DISPATCHERS);
    private HookRegistry registry;

    @BeforeEach
    void createRegistry() {
        registry = new HookRegistry(new FakeTime(), new RecordingLog(), RegistrySettings.DEFAULTS);
        registry.addErrorListener(listener);
        registry.start();
    }

    @AfterEach
    void closeRegistry() throws InterruptedException {
        threads.shutdownNow();
        assertThat(threads.awaitTermination(Gate.WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        registry.close();
    }

    private static String key(String plugin, String id) {
        return plugin + "/" + id;
    }

    private HookRegistration register(String plugin, String id, int priority) {
        String key = key(plugin, id);
        return registry.registerAction(plugin, SAVED, priority, id,
                payload -> calls.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet());
    }

    /** Registers and unregisters at random; returns the keys it left registered. */
    private Set<String> churn(String plugin) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        List<HookRegistration> live = new ArrayList<>();
        Map<HookRegistration, String> keys = new HashMap<>();
        for (int round = 0; round < ROUNDS; round++) {
            String id = "h" + round;
            HookRegistration registration = register(plugin, id, random.nextInt(-3, 4));
            live.add(registration);
            keys.put(registration, key(plugin, id));
            if (random.nextBoolean()) {
                HookRegistration gone = live.remove(random.nextInt(live.size()));
                gone.close();
                if (random.nextBoolean()) {
                    gone.close();
                }
            }
            registry.registerFilter(plugin, COUNT, round, id, (value, context) -> value + 1).close();
        }
        Set<String> left = ConcurrentHashMap.newKeySet();
        live.forEach(registration -> left.add(keys.get(registration)));
        return left;
    }

    private Void dispatchLoop() {
        for (int round = 0; round < ROUNDS * 4; round++) {
            registry.dispatch(SAVED, "post-" + round);
            assertThat(registry.applyFilters(COUNT, 0, null)).isBetween(0, REGISTRARS);
            if (round % 50 == 0) {
                assertThat(registry.handlers(HookKind.ACTION, SAVED.name())).isSortedAccordingTo(RUN_ORDER);
                registry.hooks();
            }
        }
        assertThat(registry.running()).isEmpty();
        return null;
    }

    private static final Comparator<HandlerInfo> RUN_ORDER = Comparator.comparingInt(HandlerInfo::priority)
            .thenComparingLong(HandlerInfo::sequence);

    @Test
    void concurrentRegistrationAndDispatchLoseNothingAndLeaveNoGhosts() throws Exception {
        CyclicBarrier start = new CyclicBarrier(REGISTRARS + DISPATCHERS);
        List<Future<Set<String>>> registrars = new ArrayList<>();
        List<Future<Void>> dispatchers = new ArrayList<>();
        for (int t = 0; t < REGISTRARS; t++) {
            String plugin = "plugin-" + t;
            registrars.add(threads.submit(afterBarrier(start, () -> churn(plugin))));
        }
        for (int t = 0; t < DISPATCHERS; t++) {
            dispatchers.add(threads.submit(afterBarrier(start, this::dispatchLoop)));
        }

        Set<String> expected = ConcurrentHashMap.newKeySet();
        for (Future<Set<String>> registrar : registrars) {
            expected.addAll(registrar.get(60, TimeUnit.SECONDS));
        }
        for (Future<Void> dispatcher : dispatchers) {
            dispatcher.get(60, TimeUnit.SECONDS); // rethrows whatever escaped
        }

        List<HandlerInfo> handlers = registry.handlers(HookKind.ACTION, SAVED.name());
        assertThat(handlers).extracting(h -> key(h.plugin(), h.id())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(handlers).isSortedAccordingTo(RUN_ORDER);
        assertThat(registry.hasHandlers(HookKind.FILTER, COUNT.name())).isFalse();

        calls.clear();
        registry.dispatch(SAVED, "final");
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(calls.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(listener.errors()).isEmpty();
    }

    @Test
    void racingRegistrationsOfOneIdLetExactlyOneWin() throws Exception {
        CyclicBarrier start = new CyclicBarrier(REGISTRARS + DISPATCHERS);
        List<Future<Boolean>> attempts = new ArrayList<>();
        for (int t = 0; t < REGISTRARS + DISPATCHERS; t++) {
            attempts.add(threads.submit(afterBarrier(start, () -> {
                try {
                    register("blog", "mailer", 1);
                    return true;
                } catch (IllegalArgumentException duplicate) {
                    return false;
                }
            })));
        }

        int winners = 0;
        for (Future<Boolean> attempt : attempts) {
            winners += attempt.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }

        assertThat(winners).isEqualTo(1);
        assertThat(registry.handlers(HookKind.ACTION, SAVED.name())).singleElement()
                .extracting(HandlerInfo::id).isEqualTo("mailer");
    }

    private static <T> Callable<T> afterBarrier(CyclicBarrier barrier, Callable<T> work) {
        return () -> {
            barrier.await(60, TimeUnit.SECONDS);
            return work.call();
        };
    }
}
