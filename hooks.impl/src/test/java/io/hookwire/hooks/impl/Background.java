package io.hookwire.hooks.impl;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

/**
 * A dispatch run on a thread of its own, so that the test thread can drive fake time and the watchdog meanwhile.
 * It also notes whether the thread's interrupt flag was set right after the call returned.
 */
final class Background<T> {
    private final FutureTask<T> task;
    private final Thread thread;
    private volatile boolean interruptedAfterCall;

    private Background(String name, Callable<T> call) {
        this.task = new FutureTask<>(() -> {
            T result = call.call();
            interruptedAfterCall = Thread.currentThread().isInterrupted();
            return result;
        });
        this.thread = new Thread(task, name);
        this.thread.setDaemon(true);
    }

    static <T> Background<T> start(String name, Callable<T> call) {
        Background<T> background = new Background<>(name, call);
        background.thread.start();
        return background;
    }

    static Background<Void> run(String name, Runnable call) {
        return start(name, () -> {
            call.run();
            return null;
        });
    }

    /** The call's result, waiting at most {@link Gate#WAIT_SECONDS} for it; what the call threw is rethrown. */
    T result() throws Exception {
        try {
            return task.get(Gate.WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    boolean isDone() {
        return task.isDone();
    }

    boolean interruptedAfterCall() {
        return interruptedAfterCall;
    }

    Thread thread() {
        return thread;
    }
}
