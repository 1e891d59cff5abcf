package io.gridcharge.bench.micro;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the JMH micro-benchmarks of this package in a forked JVM: one fork, 3 warm-up and 5 measured iterations
 * of a second each, enough for numbers that repeat within a few percent on a quiet machine and quick enough to
 * run before and after a change. JMH prints its own table.
 */
public final class MicroBenchmarks {
    private MicroBenchmarks() {
    }

    /** {@code pattern}: a regular expression over benchmark names, e.g. "Codec" or ".*" for all. */
    public static Collection<RunResult> run(String pattern) throws RunnerException {
        return new Runner(new OptionsBuilder()
                .include(MicroBenchmarks.class.getPackageName() + ".*" + pattern)
                .forks(1)
                .warmupIterations(3)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(1))
                .build()).run();
    }
}
