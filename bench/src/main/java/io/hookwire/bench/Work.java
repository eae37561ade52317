package io.hookwire.bench;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The payloads and the one piece of work that every handler does, in every mechanism measured (the hand-written
 * loop, Hookwire, Guava's EventBus, Felix EventAdmin).
 *
 * <p><b>The work.</b> A handler hashes a short string of its input (FNV-1a over the 13 characters of the customer
 * name, or of the market name in the filter's context), seeded with a number from its input (the order id or the
 * quote amount) and its own salt, finishes the hash with the murmur3 64-bit finaliser ({@link #mix}), and
 * <ul>
 * <li>as an action: stores the hash in its own slot of the {@link Order} ({@code order.results[slot]}; the slots
 * are a cache line apart, so handlers that run on other threads, as under EventAdmin's timeouts, never share a
 * line);</li>
 * <li>as a filter: returns a new {@link Quote} with the hash as its amount and the step count plus one, so the value
 * travels through the whole chain.</li>
 * </ul>
 * That is a chain of about 15 dependent multiplies, some 30 ns of latency on its own (plus a 24-byte allocation for
 * a filter), of which the CPU overlaps part when independent actions follow each other: like a real handler that
 * checks or stamps something, and enough that the JIT cannot fold it away. Results land in the heap (actions) or are
 * returned to JMH (filters), so nothing is dead code. Each benchmark call first advances the input
 * ({@link Order#next()}, or a new {@link Quote}), so no result can be hoisted out of the measurement loop.
 */
public final class Work {
    /** The largest handler count a benchmark uses; sizes the result slots of an {@link Order}. */
    public static final int MAX_HANDLERS = 100;
    /** Longs per slot: 8 x 8 bytes, one cache line. */
    static final int SLOT_STRIDE = 8;

    private Work() {}

    /** The murmur3 fmix64 finaliser. */
    static long mix(long x) {
        x ^= x >>> 33;
        x *= 0xff51afd7ed558ccdL;
        x ^= x >>> 33;
        x *= 0xc4ceb9fe1a85ec53L;
        x ^= x >>> 33;
        return x;
    }

    /** The work itself: FNV-1a over {@code text}, seeded with {@code seed} and {@code salt}, then finalised. */
    static long hash(long seed, String text, long salt) {
        long h = 0xcbf29ce484222325L ^ seed ^ salt;
        for (int i = 0; i < text.length(); i++) {
            h = (h ^ text.charAt(i)) * 0x100000001b3L;
        }
        return mix(h);
    }

    /** What an action handler computes from the order. */
    static long act(Order order, long salt) {
        return hash(order.id, order.customer, salt);
    }

    /** What a filter handler makes of the quote. */
    static Quote filter(Quote quote, QuoteContext context, long salt) {
        return new Quote(hash(quote.amount(), context.market(), salt), quote.step() + 1);
    }

    /**
     * The payload of the action: mutable, one per benchmark thread. The fields are padded by a cache line on each
     * side (superclass fields come first in the layout), and so are the result slots, so that the payloads of two
     * threads never share a line whatever the allocator does; without it, 2-thread runs of the plain loop varied
     * from fork to fork between 1.0x and 2.0x the 1-thread throughput.
     */
    public static final class Order extends OrderFields {
        @SuppressWarnings("unused")
        private long q1, q2, q3, q4, q5, q6, q7, q8;

        public Order(long id, String customer) {
            super(id, customer);
        }

        /** Makes this the next order: the benchmark calls it before every dispatch, in every mechanism. */
        public Order next() {
            id++;
            return this;
        }
    }

    abstract static class OrderPadding {
        @SuppressWarnings("unused")
        private long p1, p2, p3, p4, p5, p6, p7, p8;
    }

    abstract static class OrderFields extends OrderPadding {
        long id;
        final String customer;
        /** Slot i is {@code results[(i + 1) * SLOT_STRIDE]}: one cache line apart, and one line from either end. */
        final long[] results = new long[(MAX_HANDLERS + 2) * SLOT_STRIDE];

        OrderFields(long id, String customer) {
            this.id = id;
            this.customer = customer;
        }
    }

    /** The value of the filter: immutable; each handler returns a new one. */
    public record Quote(long amount, int step) {}

    /** The context of the filter. */
    public record QuoteContext(String market) {}

    /** One {@link Order} per benchmark thread, so threads never write the same payload. */
    @State(Scope.Thread)
    public static class ThreadOrder {
        public final Order order = new Order(1, "customer-0001");
    }

    /** The input of each filter call: a fresh quote from a per-thread counter, and a per-thread context. */
    @State(Scope.Thread)
    public static class ThreadQuote {
        public final QuoteContext context = new QuoteContext("market-eu-001");
        private long next;

        public Quote next() {
            return new Quote(++next, 0);
        }
    }

    // Sanity checks: run once in each benchmark's setup, so that no benchmark can silently measure nothing.

    /** Fails unless every handler wrote exactly its own result for {@code order}. */
    static void checkAction(String what, Order order, BenchHandler[] handlers) {
        for (BenchHandler handler : handlers) {
            long expected = act(order, handler.salt());
            long actual = order.results[handler.slot()];
            if (actual != expected) {
                throw new IllegalStateException(what + ": handler " + (handler.slot() / SLOT_STRIDE - 1)
                        + " did not run (result " + actual + ", expected " + expected + ")");
            }
        }
    }

    /** A fresh order for a sanity check: all results are 0. */
    static Order freshOrder() {
        return new Order(42, "customer-0042");
    }

    /** Fails unless {@code result} is what the handlers, applied in order, make of {@code input}. */
    static void checkFilter(String what, Quote input, QuoteContext context, Quote result, BenchHandler[] handlers) {
        Quote expected = input;
        for (BenchHandler handler : handlers) {
            expected = filter(expected, context, handler.salt());
        }
        if (!expected.equals(result)) {
            throw new IllegalStateException(what + ": the chain of " + handlers.length + " handlers made " + result
                    + ", expected " + expected);
        }
    }
}
