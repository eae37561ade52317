package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import io.hookwire.bench.Work.Order;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventHandler;

/**
 * Apache Felix EventAdmin 1.6.4 in a real Felix 7.0.5 framework: {@code eventAdmin.sendEvent(event)} to N
 * {@link EventHandler} services, each wrapping one of the same handler objects and registered from the framework's
 * bundle context.
 *
 * <p>{@code timeout} is {@code org.apache.felix.eventadmin.Timeout}: 5000 ms is its default, under which EventAdmin
 * hands each handler call to its thread pool and waits for all of them (so it can blacklist a slow handler); 0
 * turns that off and calls the handlers on the sending thread.
 *
 * <p>Each thread sends one pre-built {@link Event} whose property is its {@link Order} (advanced before each send).
 * Real senders build an Event per send; leaving that allocation out favours EventAdmin.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class EventAdminActions {
    static final String TOPIC = "io/hookwire/bench/ORDER_PLACED";
    static final String ORDER = "order";

    @Param({"1", "5", "20", "100"})
    public int handlers;

    @Param({"mono", "mega"})
    public String shape;

    @Param({"5000", "0"})
    public long timeout;

    private FelixEventAdmin felix;
    private EventAdmin eventAdmin;

    /** An EventAdmin handler around one handler. */
    static final class Subscriber implements EventHandler {
        private final ActionHandler<Order> handler;

        Subscriber(ActionHandler<Order> handler) {
            this.handler = handler;
        }

        @Override
        public void handleEvent(Event event) {
            try {
                handler.handle((Order) event.getProperty(ORDER));
            } catch (Exception e) {
                throw new IllegalStateException(e); // EventAdmin logs what a handler throws
            }
        }
    }

    /** One pre-built event per thread, carrying that thread's order. */
    @State(Scope.Thread)
    public static class ThreadEvent {
        final Order order = new Order(1, "customer-0001");
        final Event event = FelixEventAdmin.event(TOPIC, ORDER, order);
    }

    @Setup
    public void setup() throws Exception {
        felix = FelixEventAdmin.start(timeout);
        eventAdmin = felix.eventAdmin();
        BenchHandler[] created = BenchHandler.create(handlers, shape);
        for (BenchHandler handler : created) {
            felix.register(TOPIC, new Subscriber(handler));
        }
        Order probe = Work.freshOrder();
        eventAdmin.sendEvent(FelixEventAdmin.event(TOPIC, ORDER, probe));
        Work.checkAction("eventadmin (timeout " + timeout + ")", probe, created);
    }

    @TearDown
    public void tearDown() throws Exception {
        felix.close();
    }

    @Benchmark
    public void dispatch(ThreadEvent thread) {
        thread.order.next();
        eventAdmin.sendEvent(thread.event);
    }
}
