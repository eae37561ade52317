package io.hookwire.hooks.impl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Slow work for a handler to do: the handler enters the gate and is held there until the test opens it. The test
 * learns when the handler has entered and when it has left, so that it never guesses with sleeps.
 */
final class Gate {
    static final long WAIT_SECONDS = 10;

    private final CountDownLatch entered = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);
    private final CountDownLatch left = new CountDownLatch(1);

    /** Holds until opened; an interrupt frees the caller with an {@link InterruptedException}. */
    void holdInterruptibly() throws InterruptedException {
        entered.countDown();
        try {
            opened.await();
        } finally {
            left.countDown();
        }
    }

    /** Holds until opened, spinning: interrupts do not free the caller (its interrupt flag is left as it is). */
    void holdIgnoringInterrupts() {
        entered.countDown();
        try {
            while (opened.getCount() > 0) {
                Thread.onSpinWait();
                Thread.yield();
            }
        } finally {
            left.countDown();
        }
    }

    void open() {
        opened.countDown();
    }

    void awaitEntered() throws InterruptedException {
        assertThat(entered.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the handler entered the gate").isTrue();
    }

    void awaitLeft() throws InterruptedException {
        assertThat(left.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the handler left the gate").isTrue();
    }

    boolean hasLeft() {
        return left.getCount() == 0;
    }
}
