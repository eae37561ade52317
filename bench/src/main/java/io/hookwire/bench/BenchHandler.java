package io.hookwire.bench;

import io.hookwire.bench.Work.Order;
import io.hookwire.bench.Work.Quote;
import io.hookwire.bench.Work.QuoteContext;
import io.hookwire.hooks.ActionHandler;
import io.hookwire.hooks.FilterHandler;

/**
 * A handler used by every mechanism: one object is both an action and a filter handler, and does {@link Work}.
 * There are four classes with the same code, so that a call site that sees them interleaved is megamorphic, as the
 * dispatcher's call site is in a runtime with many plugins; "mono" uses only {@link A}.
 */
public sealed interface BenchHandler extends ActionHandler<Order>, FilterHandler<Quote, QuoteContext>
        permits BenchHandler.A, BenchHandler.B, BenchHandler.C, BenchHandler.D {

    /** The index of this handler's result in {@link Order#results}. */
    int slot();

    /** This handler's salt. */
    long salt();

    /**
     * {@code count} handlers: all {@link A} when {@code shape} is "mono"; A, B, C, D, A, ... when it is "mega".
     */
    static BenchHandler[] create(int count, String shape) {
        if (count < 1 || count > Work.MAX_HANDLERS) {
            throw new IllegalArgumentException("handlers must be 1.." + Work.MAX_HANDLERS + ", not " + count);
        }
        boolean mega = switch (shape) {
            case "mono" -> false;
            case "mega" -> true;
            default -> throw new IllegalArgumentException("shape must be 'mono' or 'mega', not '" + shape + "'");
        };
        BenchHandler[] handlers = new BenchHandler[count];
        for (int i = 0; i < count; i++) {
            int slot = (i + 1) * Work.SLOT_STRIDE;
            long salt = 0x9e3779b97f4a7c15L * (i + 1);
            handlers[i] = switch (mega ? i % 4 : 0) {
                case 0 -> new A(slot, salt);
                case 1 -> new B(slot, salt);
                case 2 -> new C(slot, salt);
                default -> new D(slot, salt);
            };
        }
        return handlers;
    }

    record A(int slot, long salt) implements BenchHandler {
        @Override
        public void handle(Order order) {
            order.results[slot] = Work.act(order, salt);
        }

        @Override
        public Quote filter(Quote quote, QuoteContext context) {
            return Work.filter(quote, context, salt);
        }
    }

    record B(int slot, long salt) implements BenchHandler {
        @Override
        public void handle(Order order) {
            order.results[slot] = Work.act(order, salt);
        }

        @Override
        public Quote filter(Quote quote, QuoteContext context) {
            return Work.filter(quote, context, salt);
        }
    }

    record C(int slot, long salt) implements BenchHandler {
        @Override
        public void handle(Order order) {
            order.results[slot] = Work.act(order, salt);
        }

        @Override
        public Quote filter(Quote quote, QuoteContext context) {
            return Work.filter(quote, context, salt);
        }
    }

    record D(int slot, long salt) implements BenchHandler {
        @Override
        public void handle(Order order) {
            order.results[slot] = Work.act(order, salt);
        }

        @Override
        public Quote filter(Quote quote, QuoteContext context) {
            return Work.filter(quote, context, salt);
        }
    }
}
