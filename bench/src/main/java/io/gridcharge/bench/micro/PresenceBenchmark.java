package io.gridcharge.bench.micro;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.station.StationId;
import io.gridcharge.domain.station.StationPresence;
import io.gridcharge.domain.station.StationRepository;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The domain's hot path on every frame a station sends (issue 5: heartbeats touch memory, not a row): marking
 * the station seen, and the sweep that finds stations silent too long. The repository handed in refuses every
 * call, so the benchmark would fail if either path went to the database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PresenceBenchmark {
    @Param({"15000"})
    public int stations;

    private StationPresence presence;
    private StationId[] ids;

    @Setup
    public void connectAll() {
        EventPublisher events = event -> { };
        presence = new StationPresence(Clock.systemUTC(), events, noDatabase());
        ids = new StationId[stations];
        for (int i = 0; i < stations; i++) {
            ids[i] = StationId.of("CP-" + i);
            presence.connected(ids[i], "ocpp1.6");
        }
    }

    /** A frame from one of the connected stations, from two threads at once as from two event loops. */
    @Benchmark
    @Threads(2)
    public void frameSeen() {
        presence.seen(ids[ThreadLocalRandom.current().nextInt(ids.length)]);
    }

    /** The periodic offline sweep over every connected station. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public void offlineSweep() {
        presence.detectOffline(Duration.ofSeconds(300), 3);
    }

    private static StationRepository noDatabase() {
        return (StationRepository) Proxy.newProxyInstance(StationRepository.class.getClassLoader(),
                new Class<?>[] {StationRepository.class}, (proxy, method, args) -> {
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "a repository that refuses every call";
                        default -> throw new UnsupportedOperationException(
                                "the hot path went to the database: " + method);
                    };
                });
    }
}
