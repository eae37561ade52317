package io.hookwire.hooks.impl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.hookwire.hooks.HookError;
import io.hookwire.hooks.HookErrorListener;

/** A {@link HookErrorListener} that keeps every error it is told of. */
final class RecordingListener implements HookErrorListener {
    private final List<HookError> errors = new CopyOnWriteArrayList<>();

    @Override
    public void onError(HookError error) {
        errors.add(error);
    }

    List<HookError> errors() {
        return List.copyOf(errors);
    }

    List<HookError> timeouts() {
        return errors.stream().filter(HookError::timedOut).toList();
    }

    List<HookError> failures() {
        return errors.stream().filter(error -> !error.timedOut()).toList();
    }
}
