package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import io.hookwire.bench.Work.Order;
import io.hookwire.bench.Work.ThreadOrder;
import io.hookwire.hooks.ActionHandler;
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
 * The baseline for actions: the least any dispatcher can do, a loop over an array of the handlers with a try/catch
 * around each call. Every ratio in the report divides by this (same handlers, same count, same threads).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BaselineActions {
    @Param({"1", "5", "20", "100"})
    public int handlers;

    @Param({"mono", "mega"})
    public String shape;

    private ActionHandler<Order>[] array;
    private long failures;

    @Setup
    public void setup() {
        BenchHandler[] created = BenchHandler.create(handlers, shape);
        @SuppressWarnings("unchecked")
        ActionHandler<Order>[] typed = new ActionHandler[created.length];
        System.arraycopy(created, 0, typed, 0, created.length);
        array = typed;
        Order probe = Work.freshOrder();
        run(probe);
        Work.checkAction("baseline", probe, created);
    }

    @Benchmark
    public void dispatch(ThreadOrder thread) {
        run(thread.order.next());
    }

    private void run(Order order) {
        for (ActionHandler<Order> handler : array) {
            try {
                handler.handle(order);
            } catch (Exception e) {
                failures++; // never happens; a dispatcher must still be ready for it
            }
        }
    }
}
