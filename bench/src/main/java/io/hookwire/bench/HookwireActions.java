package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import io.hookwire.bench.Work.Order;
import io.hookwire.bench.Work.ThreadOrder;
import io.hookwire.hooks.ActionHook;
import io.hookwire.hooks.impl.HookRegistry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/** Hookwire action dispatch: {@code registry.dispatch(hook, order)} to N handlers, each registered by its own plugin. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HookwireActions {
    static final ActionHook<Order> HOOK = ActionHook.of("bench:order-placed", Order.class);

    @Param({"1", "5", "20", "100"})
    public int handlers;

    @Param({"mono", "mega"})
    public String shape;

    @Param({"on", "off"})
    public String budgets;

    /** Telemetry sampling; "default" is what is measured, other values only help to find where time goes. */
    @Param("default")
    public String sampleEvery;

    private HookRegistry registry;

    @Setup
    public void setup() {
        registry = Registries.start(budgets, sampleEvery);
        BenchHandler[] created = BenchHandler.create(handlers, shape);
        for (int i = 0; i < created.length; i++) {
            registry.registerAction(Registries.plugin(i), HOOK, 10, "handler", created[i]);
        }
        Order probe = Work.freshOrder();
        registry.dispatch(HOOK, probe);
        Work.checkAction("hookwire", probe, created);
    }

    @TearDown
    public void tearDown() {
        registry.close();
    }

    @Benchmark
    public void dispatch(ThreadOrder thread) {
        registry.dispatch(HOOK, thread.order.next());
    }
}
