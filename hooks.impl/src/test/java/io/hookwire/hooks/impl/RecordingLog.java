package io.hookwire.hooks.impl;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link RegistryLog} that keeps every line, for tests to look at. */
final class RecordingLog implements RegistryLog {
    enum Level { WARN, INFO, DEBUG }

    record Line(Level level, String message, Throwable error) {}

    private final List<Line> lines = new CopyOnWriteArrayList<>();

    @Override
    public void warn(String message, Throwable error) {
        lines.add(new Line(Level.WARN, message, error));
    }

    @Override
    public void info(String message) {
        lines.add(new Line(Level.INFO, message, null));
    }

    @Override
    public void debug(String message) {
        lines.add(new Line(Level.DEBUG, message, null));
    }

    List<Line> warnings() {
        return lines.stream().filter(line -> line.level() == Level.WARN).toList();
    }

    List<Line> lines() {
        return List.copyOf(lines);
    }
}
