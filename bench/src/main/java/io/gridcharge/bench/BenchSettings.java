package io.gridcharge.bench;

import io.gridcharge.ocpp.OcppVersion;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * One benchmark run.
 *
 * @param target            the OCPP endpoint without the station id, e.g. {@code ws://127.0.0.1:8180/ocpp}
 * @param stations          how many stations connect, BENCH-00001 upwards
 * @param stationPassword   Basic Auth password of every station, or null for none
 * @param connecting        how many connections may be in their handshake and boot at once
 * @param stormTimeout      how long the storm may take before the run goes on with the stations that booted
 * @param warmup            mix time before measuring, not counted
 * @param duration          measured mix time
 * @param mix               the weights of the message mix
 * @param callTimeout       how long a station waits for an answer before counting a timeout
 * @param idTag             the prefix of the id tokens the tx mix authorizes with: each station has its own
 *                          ({@link #idTagOf}), since one card charging at every station at once is answered
 *                          ConcurrentTx by a CSMS that checks it
 * @param platformPid       the process whose RSS and heap are read before and after the storm, or null
 * @param platformMetrics   the platform's Prometheus endpoint, for database rows/s and live heap, or null
 * @param reportEvery       print a line per interval of the measured mix, or null for none
 * @param rate              messages per second the stations together aim at, each waiting its share of time
 *                          between calls (open loop, as real stations); null: each sends its next call as soon
 *                          as the last is answered (closed loop, the most the target takes)
 * @param protocol          the OCPP version the stations speak
 */
public record BenchSettings(URI target, int stations, String stationPassword, int connecting, Duration stormTimeout,
                            Duration warmup, Duration duration, Mix mix, Duration callTimeout, String idTag,
                            Long platformPid, URI platformMetrics, Duration reportEvery, Integer rate,
                            OcppVersion protocol) {
    public static final String STATION_PREFIX = "BENCH-";
    public static final String DEFAULT_ID_TAG = "BENCH-CARD";

    public BenchSettings {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(mix, "mix");
        Objects.requireNonNull(protocol, "protocol");
        if (stations < 1 || stations > 99_999) {
            throw new IllegalArgumentException("stations must be between 1 and 99999");
        }
        if (connecting < 1) {
            throw new IllegalArgumentException("connecting must be at least 1");
        }
        if (rate != null && rate < 1) {
            throw new IllegalArgumentException("rate must be at least 1 message per second");
        }
        if (reportEvery != null && (reportEvery.isNegative() || reportEvery.isZero())) {
            throw new IllegalArgumentException("report interval must be positive");
        }
    }

    /** Stations speaking OCPP 1.6. */
    public BenchSettings(URI target, int stations, String stationPassword, int connecting, Duration stormTimeout,
                         Duration warmup, Duration duration, Mix mix, Duration callTimeout, String idTag,
                         Long platformPid, URI platformMetrics, Duration reportEvery, Integer rate) {
        this(target, stations, stationPassword, connecting, stormTimeout, warmup, duration, mix, callTimeout, idTag,
                platformPid, platformMetrics, reportEvery, rate, OcppVersion.V16);
    }

    /** Time between one station's calls for the rate; 0 for a closed loop. */
    public long paceNanos() {
        return rate == null ? 0 : Math.round(stations * 1e9 / rate);
    }

    /** BENCH-00001 for the first. */
    public static String stationId(int number) {
        return STATION_PREFIX + String.format("%05d", number);
    }

    /** BENCH-CARD-00001 for the first station's card. */
    public String idTagOf(int number) {
        return idTag + "-" + String.format("%05d", number);
    }

    /** The same run against another target, with nothing of the platform to read. */
    public BenchSettings withTarget(URI other) {
        return new BenchSettings(other, stations, stationPassword, connecting, stormTimeout, warmup, duration, mix,
                callTimeout, idTag, null, null, reportEvery, rate, protocol);
    }

    /** The station's endpoint: the target with the station id appended. */
    public URI stationUri(String stationId) {
        String base = target.toString();
        return URI.create(base.endsWith("/") ? base + stationId : base + "/" + stationId);
    }

}
