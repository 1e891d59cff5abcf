package io.gridcharge.sim.link;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A station's communication link (scene D): one-way latency and jitter in real milliseconds, the share of
 * messages that are lost once and resent by TCP (costing a retransmission timeout), and outages, which come at a
 * mean rate per simulated day and last a mean number of simulated minutes (both exponential).
 */
public record LinkProfile(String name, double latencyMs, double jitterMs, double loss, double outagesPerDay,
                          double meanOutageMinutes) {
    /** Linux's minimum TCP retransmission timeout (RFC 6298 allows 1 s; Linux uses 200 ms). */
    private static final double RETRANSMISSION_MS = 200;

    public static final LinkProfile LAN = new LinkProfile("LAN", 1, 0.5, 0, 0, 0);
    public static final LinkProfile VPN = new LinkProfile("VPN", 35, 10, 0.002, 0.2, 5);
    public static final LinkProfile CELLULAR_4G = new LinkProfile("4G", 60, 30, 0.01, 1, 12);
    public static final LinkProfile PLC = new LinkProfile("PLC", 90, 60, 0.03, 2, 20);

    public LinkProfile {
        if (latencyMs < 0 || jitterMs < 0 || loss < 0 || loss >= 1 || outagesPerDay < 0 || meanOutageMinutes < 0) {
            throw new IllegalArgumentException("Link " + name + ": latency, jitter and outages >= 0, loss in [0, 1)");
        }
    }

    public static LinkProfile named(String name) {
        return switch (name.toUpperCase(Locale.ROOT)) {
            case "LAN" -> LAN;
            case "VPN" -> VPN;
            case "4G", "LTE" -> CELLULAR_4G;
            case "PLC" -> PLC;
            default -> throw new IllegalArgumentException("Unknown link profile '" + name + "': LAN, VPN, 4G or PLC");
        };
    }

    /** This link with another outage rate (a scenario's override for a worse or better spot). */
    public LinkProfile withOutagesPerDay(double rate) {
        return new LinkProfile(name, latencyMs, jitterMs, loss, rate, meanOutageMinutes);
    }

    /** How long one message takes on this link, in real milliseconds. */
    public long delayMillis(SplittableRandom random) {
        double delay = latencyMs + (jitterMs > 0 ? random.nextDouble(-jitterMs, jitterMs) : 0);
        if (loss > 0 && random.nextDouble() < loss) {
            delay += RETRANSMISSION_MS + 2 * latencyMs;
        }
        return Math.max(0, Math.round(delay));
    }

    /** The outages between {@code start} and {@code end}, the same for the same seed. */
    public List<Spells.Spell> outages(Instant start, Instant end, long seed) {
        return Spells.draw(start, end, outagesPerDay, meanOutageMinutes, seed);
    }
}
