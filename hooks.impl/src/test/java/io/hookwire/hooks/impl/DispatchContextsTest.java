package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import io.hookwire.hooks.HookKind;
import io.hookwire.hooks.RunningHook;
import org.junit.jupiter.api.Test;

/** Per-thread call counters, and how the counters of ended threads are folded in without being lost or doubled. */
class DispatchContextsTest {
    private final DispatchContexts contexts = new DispatchContexts();

    private long liveContexts() {
        return StreamSupport.stream(contexts.all().spliterator(), false).count();
    }

    @Test
    void countsOfEndedThreadsSurvivePruningExactlyOnce() throws Exception {
        List<Background<Void>> threads = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            threads.add(Background.run("counter-" + t, () -> {
                DispatchContext mine = contexts.current();
                for (int i = 0; i < 1000; i++) {
                    mine.count(0);
                    mine.count(40); // beyond the initial counter array: it grows
                }
            }));
        }
        for (Background<Void> thread : threads) {
            thread.result();
            thread.thread().join(Gate.WAIT_SECONDS * 1000);
        }
        contexts.current().count(0);

        assertThat(contexts.calls(0)).isEqualTo(3001);
        assertThat(liveContexts()).isEqualTo(4);

        contexts.prune();
        contexts.prune();

        assertThat(liveContexts()).as("only this thread's context is left").isEqualTo(1);
        assertThat(contexts.calls(0)).isEqualTo(3001);
        assertThat(contexts.calls(40)).isEqualTo(3000);
        assertThat(contexts.calls(7)).isZero();
        assertThat(contexts.calls(1000)).isZero();
    }

    @Test
    void countCallReturnsHowManyThisThreadCountedBefore() {
        DispatchContext context = contexts.current();

        assertThat(context.count(3)).isZero();
        assertThat(context.count(3)).isEqualTo(1);
        assertThat(context.count(100)).isZero();
        assertThat(context.callsOf(3)).isEqualTo(2);
    }

    @Test
    void framesNestAndUnwindOutermostFirst() {
        DispatchContext context = contexts.current();
        for (int depth = 0; depth < 10; depth++) { // more than the initial frame array
            context.push("hook:level-" + depth, depth % 2 == 0 ? HookKind.ACTION : HookKind.FILTER);
        }

        assertThat(context.running()).hasSize(10).first().isEqualTo(new RunningHook("hook:level-0", HookKind.ACTION));
        assertThat(context.running()).last().isEqualTo(new RunningHook("hook:level-9", HookKind.FILTER));
        for (int depth = 0; depth < 10; depth++) {
            context.pop();
        }
        assertThat(context.running()).isEmpty();
        assertThat(context.depth()).isZero();
    }
}
