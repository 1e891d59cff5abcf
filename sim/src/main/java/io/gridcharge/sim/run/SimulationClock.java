package io.gridcharge.sim.run;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Simulated time: it stands at the scenario's start until {@link #begin}, then runs {@code speed} times faster
 * than the wall clock (60: a simulated hour per real minute). Unpaced, it never waits and stands where the
 * simulation last moved it, for tests and for runs without a central system.
 */
public final class SimulationClock {
    private final Instant start;
    private final double speed;
    private volatile long realStartNanos;
    private volatile boolean running;
    private volatile Instant reached;

    private SimulationClock(Instant start, double speed) {
        this.start = start;
        this.speed = speed;
        this.realStartNanos = System.nanoTime();
        this.reached = start;
    }

    public static SimulationClock paced(Instant start, double speed) {
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("The simulation speed must be a positive number, not " + speed);
        }
        return new SimulationClock(start, speed);
    }

    public static SimulationClock unpaced(Instant start) {
        return new SimulationClock(start, Double.POSITIVE_INFINITY);
    }

    public double speed() {
        return speed;
    }

    /** Sets time running (once the stations are connected, so that connecting takes no simulated time). */
    public void begin() {
        realStartNanos = System.nanoTime();
        running = true;
    }

    public Instant now() {
        if (Double.isInfinite(speed)) {
            return reached;
        }
        if (!running) {
            return start;
        }
        long simNanos = (long) ((System.nanoTime() - realStartNanos) * speed);
        return start.plusNanos(simNanos);
    }

    /** Waits until simulated time reaches {@code at}; begins the clock if it has not begun. */
    public void awaitSimulated(Instant at) throws InterruptedException {
        if (Double.isInfinite(speed)) {
            reached = at;
            return;
        }
        if (!running) {
            begin();
        }
        while (true) {
            long aheadNanos = (long) (Duration.between(now(), at).toNanos() / speed);
            if (aheadNanos <= 0) {
                return;
            }
            Thread.sleep(Duration.ofNanos(aheadNanos));
        }
    }

    /** This clock as a {@link Clock}, for code that takes one. */
    public Clock asClock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("Simulated time is kept in UTC");
            }

            @Override
            public Instant instant() {
                return now();
            }
        };
    }
}
