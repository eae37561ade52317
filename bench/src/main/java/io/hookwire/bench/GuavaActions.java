package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import com.google.common.eventbus.AllowConcurrentEvents;
import com.google.common.eventbus.EventBus;
import com.google.common.eventbus.Subscribe;
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
 * Guava's synchronous {@link EventBus}: {@code bus.post(order)} to N subscribers, each wrapping one of the same
 * handler objects. The subscribers are marked {@link AllowConcurrentEvents} (the handlers are thread-safe), which
 * spares Guava its per-subscriber lock: the fairest setting for it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class GuavaActions {
    @Param({"1", "5", "20", "100"})
    public int handlers;

    @Param({"mono", "mega"})
    public String shape;

    private EventBus bus;

    /** A Guava subscriber around one handler. */
    public static final class Subscriber {
        private final ActionHandler<Order> handler;

        Subscriber(ActionHandler<Order> handler) {
            this.handler = handler;
        }

        @Subscribe
        @AllowConcurrentEvents
        public void on(Order order) throws Exception {
            handler.handle(order);
        }
    }

    @Setup
    public void setup() {
        bus = new EventBus("bench");
        BenchHandler[] created = BenchHandler.create(handlers, shape);
        for (BenchHandler handler : created) {
            bus.register(new Subscriber(handler));
        }
        Order probe = Work.freshOrder();
        bus.post(probe);
        Work.checkAction("guava", probe, created);
    }

    @Benchmark
    public void dispatch(ThreadOrder thread) {
        bus.post(thread.order.next());
    }
}
