package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.telemetry.HookStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Calls, failures and timeouts are exact; latencies come from the timed calls, measured in fake time. */
class TelemetryTest {
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);
    private static final long MILLI = 1_000_000;

    private final FakeTime time = new FakeTime();
    private HookRegistry registry;

    private HookRegistry registry(int sampleEvery, int exactCalls) {
        registry = new HookRegistry(time, new RecordingLog(), new RegistrySettings(0, Map.of(), sampleEvery,
                exactCalls, RegistrySettings.DEFAULT_WATCHDOG_TICK_MILLIS));
        return registry;
    }

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    private HookStats stats(String plugin, String hook, HookKind kind) {
        return registry.telemetry().get(plugin, hook, kind).orElseThrow();
    }

    @Test
    void callsAndFailuresAreCountedPerPluginHookAndKind() {
        registry(1, 0);
        registry.registerAction("blog", SAVED, 1, "one", payload -> {});
        registry.registerAction("blog", SAVED, 2, "two", payload -> {
            if (payload.endsWith("3")) {
                throw new IllegalStateException("three");
            }
        });
        registry.registerAction("shop", SAVED, 3, "cart", payload -> {});
        registry.registerFilter("blog", TITLE, 1, "title", (value, context) -> value);

        for (int i = 1; i <= 5; i++) {
            registry.dispatch(SAVED, "post-" + i);
        }
        registry.applyFilters(TITLE, "title", null);

        assertThat(stats("blog", SAVED.name(), HookKind.ACTION)).satisfies(s -> {
            assertThat(s.calls()).isEqualTo(10);
            assertThat(s.failures()).isEqualTo(1);
            assertThat(s.timeouts()).isZero();
            assertThat(s.timedCalls()).isEqualTo(10);
        });
        assertThat(stats("shop", SAVED.name(), HookKind.ACTION).calls()).isEqualTo(5);
        assertThat(stats("blog", TITLE.name(), HookKind.FILTER).calls()).isEqualTo(1);
        assertThat(registry.telemetry().get("blog", TITLE.name(), HookKind.ACTION)).isEmpty();
        assertThat(registry.telemetry().all()).extracting(HookStats::plugin, HookStats::hook)
                .containsExactly(tuple("blog", "post:saved"),
                        tuple("blog", "post:title"),
                        tuple("shop", "post:saved"));
        assertThat(registry.telemetry().forPlugin("shop")).hasSize(1);
        assertThat(registry.telemetry().forHook(SAVED.name())).extracting(HookStats::plugin)
                .containsExactly("blog", "shop");
    }

    @Test
    void percentilesComeFromTheTimeEachCallTook() {
        registry(1, 0);
        int[] call = {0};
        registry.registerAction("blog", SAVED, 1, "timed", payload -> {
            int n = call[0]++;
            time.advanceMillis(n < 50 ? 1 : n < 99 ? 2 : 50);
        });

        for (int i = 0; i < 100; i++) {
            registry.dispatch(SAVED, "post");
        }

        HookStats stats = stats("blog", SAVED.name(), HookKind.ACTION);
        assertThat(stats.timedCalls()).isEqualTo(100);
        assertThat(stats.p50Nanos()).isCloseTo(1 * MILLI, withinPercentage(1));
        assertThat(stats.p99Nanos()).isCloseTo(2 * MILLI, withinPercentage(1));
        assertThat(stats.maxNanos()).isCloseTo(50 * MILLI, withinPercentage(1));
        assertThat(stats.max()).isEqualTo(Duration.ofNanos(stats.maxNanos()));
    }

    @Test
    void lastErrorDescribesTheMostRecentFailure() {
        registry(1, 0);
        registry.registerAction("blog", SAVED, 1, "fussy", payload -> {
            throw payload.equals("first") ? new IllegalStateException("first failure") : new UnsupportedOperationException();
        });

        registry.dispatch(SAVED, "first");
        assertThat(stats("blog", SAVED.name(), HookKind.ACTION).lastError().message()).isEqualTo("first failure");

        time.advance(Duration.ofMinutes(5));
        registry.dispatch(SAVED, "second");

        assertThat(stats("blog", SAVED.name(), HookKind.ACTION).lastError()).satisfies(last -> {
            assertThat(last.time()).isEqualTo(FakeTime.EPOCH.plus(Duration.ofMinutes(5)));
            assertThat(last.type()).isEqualTo(UnsupportedOperationException.class.getName());
            assertThat(last.message()).isEmpty();
            assertThat(last.timedOut()).isFalse();
            assertThat(last.handlerId()).isEqualTo("fussy");
        });
    }

    @Test
    void noErrorMeansNoLastError() {
        registry(1, 0);
        registry.registerAction("blog", SAVED, 1, "fine", payload -> {});
        registry.dispatch(SAVED, "post");

        assertThat(stats("blog", SAVED.name(), HookKind.ACTION).lastError()).isNull();
    }

    @Test
    void samplingTimesOneCallInNAfterTheExactOnesButCountsEveryCall() {
        registry(16, 20);
        registry.registerAction("blog", SAVED, 1, "busy", payload -> time.advanceMillis(1));

        for (int i = 0; i < 100; i++) {
            registry.dispatch(SAVED, "post");
        }

        HookStats stats = stats("blog", SAVED.name(), HookKind.ACTION);
        assertThat(stats.calls()).isEqualTo(100);
        // calls 0..19 exactly, then 32, 48, 64, 80 and 96
        assertThat(stats.timedCalls()).isEqualTo(25);
        assertThat(stats.p50Nanos()).isCloseTo(MILLI, withinPercentage(1));
    }

    @Test
    void withSampleEvery16AndNoExactCallsEveryCallIsStillCountedOnEveryThread() throws Exception {
        registry(16, 0);
        registry.registerAction("blog", SAVED, 1, "one", payload -> {});
        registry.registerAction("blog", SAVED, 2, "two", payload -> {
            if (payload.endsWith("7")) { // one dispatch in ten
                throw new IllegalStateException();
            }
        });
        int threads = 4;
        int dispatches = 1000;

        List<Background<Void>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(Background.run("dispatcher-" + t, () -> {
                for (int i = 0; i < dispatches; i++) {
                    registry.dispatch(SAVED, "post-" + i);
                }
            }));
        }
        for (Background<Void> worker : workers) {
            worker.result();
            worker.thread().join(Gate.WAIT_SECONDS * 1000);
            assertThat(worker.thread().isAlive()).isFalse();
        }

        long calls = 2L * threads * dispatches;
        assertThat(stats("blog", SAVED.name(), HookKind.ACTION).calls()).as("threads ended, not yet pruned")
                .isEqualTo(calls);
        assertThat(registry.telemetry().all()).singleElement().satisfies(s -> { // all() prunes the ended threads
            assertThat(s.calls()).isEqualTo(calls);
            assertThat(s.failures()).isEqualTo(threads * dispatches / 10);
            // one dispatch in 16 per hook and thread is timed (dispatches 0, 16, ... 992: 63 of them), and in a timed
            // dispatch both handlers are; they count under one plugin × hook × kind
            assertThat(s.timedCalls()).as("the calls of one dispatch in 16 per thread")
                    .isEqualTo(threads * 2L * ((dispatches + 15) / 16));
        });
        registry.dispatch(SAVED, "one-more");
        assertThat(stats("blog", SAVED.name(), HookKind.ACTION).calls()).as("after pruning").isEqualTo(calls + 2);
    }

    @Test
    void figuresOutliveTheHandlersTheyDescribe() {
        registry(1, 0);
        registry.registerAction("blog", SAVED, 1, "mailer", payload -> {}).close();
        registry.registerAction("blog", SAVED, 1, "mailer", payload -> {});
        registry.dispatch(SAVED, "post");
        registry.handlers(HookKind.ACTION, SAVED.name());

        assertThat(stats("blog", SAVED.name(), HookKind.ACTION).calls()).isEqualTo(1);
    }
}
