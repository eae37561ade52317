package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.FilterHook;
import io.hookwire.hooks.HandlerInfo;
import io.hookwire.hooks.HookInfo;
import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.HookRegistration;
import io.hookwire.hooks.RunningHook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the registry tells about its hooks and handlers, and about the hooks running on the calling thread. */
class IntrospectionTest {
    private static final ActionHook<String> RENDER = ActionHook.of("page:render", String.class);
    private static final ActionHook<String> SAVED = ActionHook.of("post:saved", String.class);
    private static final FilterHook<String, Void> TITLE = FilterHook.of("post:title", String.class, Void.class);
    private static final FilterHook<String, Void> SAVED_AS_FILTER = FilterHook.of("post:saved", String.class,
            Void.class);
    private static final RunningHook RENDERING = new RunningHook(RENDER.name(), HookKind.ACTION);
    private static final RunningHook TITLING = new RunningHook(TITLE.name(), HookKind.FILTER);

    private final FakeTime time = new FakeTime();
    private final HookRegistry registry = new HookRegistry(time, new RecordingLog(),
            RegistrySettings.DEFAULTS.withDefaultBudgetMillis(100));
    private final List<List<RunningHook>> seen = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeRegistry() {
        registry.close();
    }

    @Test
    void hasHandlersTellsActionsAndFiltersOfTheSameNameApart() {
        assertThat(registry.hasHandlers(HookKind.ACTION, SAVED.name())).isFalse();

        HookRegistration registration = registry.registerAction("blog", SAVED, 1, "a", payload -> {});

        assertThat(registry.hasHandlers(HookKind.ACTION, SAVED.name())).isTrue();
        assertThat(registry.hasHandlers(HookKind.FILTER, SAVED_AS_FILTER.name())).isFalse();
        registration.close();
        assertThat(registry.hasHandlers(HookKind.ACTION, SAVED.name())).isFalse();
    }

    @Test
    void handlersAreListedInRunOrderWithEverythingThatDescribesThem() {
        HookRegistration late = registry.registerAction("shop", SAVED, 20, "late", payload -> {});
        HookRegistration early = registry.registerAction("blog", SAVED, -5, null, payload -> {});
        HookRegistration tie = registry.registerAction("blog", SAVED, 20, "tie", payload -> {});

        List<HandlerInfo> handlers = registry.handlers(HookKind.ACTION, SAVED.name());

        assertThat(handlers).containsExactly(early.handler(), late.handler(), tie.handler());
        assertThat(handlers.get(0)).satisfies(info -> {
            assertThat(info.hook()).isEqualTo("post:saved");
            assertThat(info.kind()).isEqualTo(HookKind.ACTION);
            assertThat(info.plugin()).isEqualTo("blog");
            assertThat(info.id()).isEqualTo("blog#" + info.sequence());
            assertThat(info.priority()).isEqualTo(-5);
            assertThat(info.isolated()).isFalse();
        });
        assertThat(late.handler().sequence()).isLessThan(early.handler().sequence())
                .isLessThan(tie.handler().sequence());
        assertThat(registry.handlers(HookKind.FILTER, SAVED.name())).isEmpty();
        assertThat(registry.handlers(HookKind.ACTION, "never:registered")).isEmpty();
    }

    @Test
    void hooksListsEveryHookWithHandlersActionsFirstThenByName() {
        registry.registerFilter("blog", TITLE, 1, "t", (value, context) -> value);
        registry.registerAction("blog", SAVED, 2, "s2", payload -> {});
        registry.registerAction("blog", SAVED, 1, "s1", payload -> {});
        registry.registerAction("blog", RENDER, 1, "r", payload -> {});
        registry.registerAction("blog", ActionHook.of("a:gone", String.class), 1, "g", payload -> {}).close();

        List<HookInfo> hooks = registry.hooks();

        assertThat(hooks).extracting(HookInfo::kind, HookInfo::name).containsExactly(
                tuple(HookKind.ACTION, "page:render"),
                tuple(HookKind.ACTION, "post:saved"),
                tuple(HookKind.FILTER, "post:title"));
        assertThat(hooks.get(1).handlers()).extracting(HandlerInfo::id).containsExactly("s1", "s2");
    }

    @Test
    void runningShowsTheHooksBeingFiredOnThisThreadOutermostFirst() {
        registry.registerAction("blog", RENDER, 1, "render", payload -> {
            seen.add(registry.running());
            registry.applyFilters(TITLE, payload, null);
            seen.add(registry.running());
        });
        registry.registerFilter("blog", TITLE, 1, "title", (value, context) -> {
            seen.add(registry.running());
            return value;
        });

        assertThat(registry.running()).isEmpty();
        registry.dispatch(RENDER, "page");

        assertThat(seen).containsExactly(List.of(RENDERING), List.of(RENDERING, TITLING), List.of(RENDERING));
        assertThat(registry.running()).isEmpty();
    }

    @Test
    void runningIsPerThread() throws Exception {
        registry.registerAction("blog", RENDER, 1, "render", payload -> {
            seen.add(registry.running());
            seen.add(Background.start("other", registry::running).result());
        });

        registry.dispatch(RENDER, "page");

        assertThat(seen).containsExactly(List.of(RENDERING), List.of());
    }

    @Test
    void anIsolatedCallSeesTheDispatchersHooksAsRunningOnItsWorkerThread() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        Gate firstCall = new Gate();
        List<Thread> threads = new CopyOnWriteArrayList<>();
        registry.registerFilter("slow-plugin", TITLE, 1, "title", (value, context) -> {
            if (calls.getAndIncrement() == 0) {
                firstCall.holdInterruptibly(); // overruns once, so that it is isolated from then on
            }
            threads.add(Thread.currentThread());
            seen.add(registry.running());
            return value + "!";
        });
        registry.registerAction("blog", RENDER, 1, "render", payload -> registry.applyFilters(TITLE, payload, null));
        Background<String> overrun = Background.start("overrun", () -> registry.applyFilters(TITLE, "t", null));
        firstCall.awaitEntered();
        registry.watchdog().scan();
        time.advanceMillis(100);
        registry.watchdog().scan();
        overrun.result();
        assertThat(registry.handlers(HookKind.FILTER, TITLE.name()).get(0).isolated()).isTrue();

        registry.dispatch(RENDER, "page-1");
        registry.dispatch(RENDER, "page-2");

        assertThat(threads).hasSize(2).doesNotContain(Thread.currentThread());
        assertThat(seen).containsExactly(List.of(RENDERING, TITLING), List.of(RENDERING, TITLING));
        assertThat(registry.running()).isEmpty();
    }
}
