package io.gridcharge.sim.grid;

import java.time.Instant;

/**
 * One step of a site, feeder or the substation: mean power over the step in W. Net is what flows in from the
 * grid (negative: fed in); the limit is the transformer's, the feeder's or the house connection's rating.
 */
public record Reading(Instant at, double loadW, double pvW, double evW, double limitW) {
    public double netW() {
        return loadW + evW - pvW;
    }

    public double importW() {
        return Math.max(0, netW());
    }

    public double exportW() {
        return Math.max(0, -netW());
    }

    /** The flow either way as a share of the rating, in percent: feed-in loads a cable as much as import does. */
    public double loadingPercent() {
        return limitW > 0 && Double.isFinite(limitW) ? 100 * Math.abs(netW()) / limitW : 0;
    }

    public boolean overloaded() {
        return Math.abs(netW()) > limitW;
    }

    public Reading plus(Reading other) {
        return new Reading(at, loadW + other.loadW, pvW + other.pvW, evW + other.evW, limitW);
    }
}
