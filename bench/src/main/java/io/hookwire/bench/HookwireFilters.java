package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import io.hookwire.bench.Work.Quote;
import io.hookwire.bench.Work.QuoteContext;
import io.hookwire.bench.Work.ThreadQuote;
import io.hookwire.hooks.FilterHook;
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

/** Hookwire filter chains: {@code registry.applyFilters(hook, quote, context)} through N handlers. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HookwireFilters {
    static final FilterHook<Quote, QuoteContext> HOOK = FilterHook.of("bench:quote", Quote.class, QuoteContext.class);

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
            registry.registerFilter(Registries.plugin(i), HOOK, 10, "handler", created[i]);
        }
        Quote input = new Quote(7, 0);
        QuoteContext context = new QuoteContext("market-eu-001");
        Work.checkFilter("hookwire", input, context, registry.applyFilters(HOOK, input, context), created);
    }

    @TearDown
    public void tearDown() {
        registry.close();
    }

    @Benchmark
    public Quote apply(ThreadQuote thread) {
        return registry.applyFilters(HOOK, thread.next(), thread.context);
    }
}
