package io.hookwire.itests;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes the threads of this JVM (the test's, and with Pax Exam the runtime's too) to a file under
 * {@code target/itest} when a bounded wait gives up, so that a stall seen once on CI can be read afterwards.
 */
final class ThreadDump {
    private static final Path DIR = Path.of(System.getProperty("hookwire.itest.dir", "target/itest"));

    private ThreadDump() {}

    /** Writes the dump; returns where, for the failure message (or why it could not). */
    static String write(String why) {
        StringBuilder out = new StringBuilder("Threads at ").append(Instant.now()).append(", because ").append(why)
                .append("\n\n");
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            out.append(thread.toString().replace("\n\t...\n", "\n"));
            StackTraceElement[] stack = thread.getStackTrace();
            if (stack.length > 8) { // ThreadInfo.toString stops at 8 frames
                for (int i = 8; i < stack.length; i++) {
                    out.append("\tat ").append(stack[i]).append('\n');
                }
            }
            out.append('\n');
        }
        String where;
        try {
            Files.createDirectories(DIR);
            Path file = DIR.toAbsolutePath().resolve("threads-" + System.currentTimeMillis() + ".txt");
            Files.writeString(file, out);
            where = "threads written to " + file;
        } catch (IOException e) {
            where = "threads not written: " + e.getMessage();
        }
        return where + "\n" + hostThreads();
    }

    /** The threads of the plugin host, FileInstall and the framework, briefly: CI keeps the message, not the file. */
    private static String hostThreads() {
        StringBuilder out = new StringBuilder();
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(false, false)) {
            String name = thread.getThreadName();
            if (name.startsWith("hookwire-plugins") || name.startsWith("fileinstall") || name.startsWith("Felix")
                    || name.startsWith("CM ")) {
                out.append('"').append(name).append("\" ").append(thread.getThreadState()).append('\n');
                StackTraceElement[] stack = thread.getStackTrace();
                for (int i = 0; i < Math.min(12, stack.length); i++) {
                    out.append("\tat ").append(stack[i]).append('\n');
                }
            }
        }
        return out.toString();
    }
}
