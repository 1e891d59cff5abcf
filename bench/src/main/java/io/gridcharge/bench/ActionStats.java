package io.gridcharge.bench;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Answers and failures per OCPP action over one phase of a run, safe to record into from every event loop.
 * Latency is kept in microseconds, from writing the CALL to reading its answer, in an HdrHistogram with three
 * significant digits (values up to one hour).
 */
public final class ActionStats {
    private static final long HIGHEST_MICROS = TimeUnit.HOURS.toMicros(1);

    private final Map<String, ConcurrentHistogram> latencies = new ConcurrentHashMap<>();
    private final Map<String, Map<Failure, LongAdder>> failures = new ConcurrentHashMap<>();

    /** Why a call got no CALLRESULT. */
    public enum Failure {
        /** The central system answered CALLERROR. */
        CALL_ERROR,
        /** No answer within the call timeout. */
        TIMEOUT,
        /** The connection closed while the call was outstanding. */
        DISCONNECT,
        /** A CALLRESULT whose content refused the station (a BootNotification not Accepted, an idTag not Accepted). */
        REFUSED
    }

    /** A CALLRESULT arrived {@code micros} after its CALL was written. */
    public void answered(String action, long micros) {
        latencies.computeIfAbsent(action, a -> new ConcurrentHistogram(HIGHEST_MICROS, 3))
                .recordValue(Math.min(Math.max(micros, 0), HIGHEST_MICROS));
    }

    public void failed(String action, Failure failure) {
        failures.computeIfAbsent(action, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(failure, f -> new LongAdder()).increment();
    }

    /** A copy per action, sorted by action name. */
    public Map<String, Histogram> latencies() {
        Map<String, Histogram> copy = new TreeMap<>();
        latencies.forEach((action, histogram) -> copy.put(action, histogram.copy()));
        return copy;
    }

    /** Failures per action and kind, sorted by action name. */
    public Map<String, Map<Failure, Long>> failures() {
        Map<String, Map<Failure, Long>> copy = new TreeMap<>();
        failures.forEach((action, counts) -> {
            Map<Failure, Long> byKind = new TreeMap<>();
            counts.forEach((failure, count) -> byKind.put(failure, count.sum()));
            copy.put(action, byKind);
        });
        return copy;
    }

    /** Adds everything {@code other} recorded to this one. */
    public void addAll(ActionStats other) {
        other.latencies.forEach((action, histogram) -> latencies
                .computeIfAbsent(action, a -> new ConcurrentHistogram(HIGHEST_MICROS, 3)).add(histogram));
        other.failures.forEach((action, counts) -> counts.forEach((failure, count) -> failures
                .computeIfAbsent(action, a -> new ConcurrentHashMap<>())
                .computeIfAbsent(failure, f -> new LongAdder()).add(count.sum())));
    }

    /** The latencies of every action together. */
    public Histogram allActions() {
        Histogram all = new Histogram(HIGHEST_MICROS, 3);
        latencies.values().forEach(all::add);
        return all;
    }

    public long answeredCount() {
        return latencies.values().stream().mapToLong(Histogram::getTotalCount).sum();
    }

    public long failureCount() {
        return failures.values().stream().flatMap(m -> m.values().stream()).mapToLong(LongAdder::sum).sum();
    }
}
