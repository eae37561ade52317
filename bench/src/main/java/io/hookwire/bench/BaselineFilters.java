package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import io.hookwire.bench.Work.Quote;
import io.hookwire.bench.Work.QuoteContext;
import io.hookwire.bench.Work.ThreadQuote;
import io.hookwire.hooks.FilterHandler;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The baseline for filters: the value passes through an array of the handlers in a loop, each call in a try/catch
 * that keeps the value on failure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BaselineFilters {
    @Param({"1", "5", "20", "100"})
    public int handlers;

    @Param({"mono", "mega"})
    public String shape;

    private FilterHandler<Quote, QuoteContext>[] array;
    private long failures;

    @Setup
    public void setup() {
        BenchHandler[] created = BenchHandler.create(handlers, shape);
        @SuppressWarnings("unchecked")
        FilterHandler<Quote, QuoteContext>[] typed = new FilterHandler[created.length];
        System.arraycopy(created, 0, typed, 0, created.length);
        array = typed;
        Quote input = new Quote(7, 0);
        QuoteContext context = new QuoteContext("market-eu-001");
        Work.checkFilter("baseline", input, context, run(input, context), created);
    }

    @Benchmark
    public Quote apply(ThreadQuote thread) {
        return run(thread.next(), thread.context);
    }

    private Quote run(Quote value, QuoteContext context) {
        for (FilterHandler<Quote, QuoteContext> handler : array) {
            try {
                value = handler.filter(value, context);
            } catch (Exception e) {
                failures++; // never happens; the value would pass on unchanged
            }
        }
        return value;
    }
}
