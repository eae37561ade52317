package io.hookwire.bench;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Not part of {@code bench/run}: the price of the operations a timed handler call adds to Hookwire's dispatch (two
 * clock reads and a histogram record), to explain the suite's figures. Run with {@code -t 1} and {@code -t 2}: with
 * two threads, {@link #sharedConcurrentHistogram} shows what recording costs when both threads time the same handler.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TelemetryPrimitives {
    /** One histogram for all threads, as the registry keeps one per plugin, hook and kind. */
    private final ConcurrentHistogram shared = new ConcurrentHistogram(2);

    /** A histogram per thread, for comparison. */
    @State(Scope.Thread)
    public static class Own {
        final Histogram plain = new Histogram(2);
        final ConcurrentHistogram concurrent = new ConcurrentHistogram(2);
        long value;
    }

    @Benchmark
    public long nanoTime() {
        return System.nanoTime();
    }

    @Benchmark
    public void sharedConcurrentHistogram(Own own) {
        shared.recordValue(100 + (++own.value & 63));
    }

    @Benchmark
    public void ownConcurrentHistogram(Own own) {
        own.concurrent.recordValue(100 + (++own.value & 63));
    }

    @Benchmark
    public void ownPlainHistogram(Own own) {
        own.plain.recordValue(100 + (++own.value & 63));
    }
}
