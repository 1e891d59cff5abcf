package io.gridcharge.domain.station;

/**
 * The network at a glance, from the connectors' last reported states (OCPP 1.6 §4.9): how many stations and
 * (real, numbered from 1) connectors there are, how many connectors charge now, and how many stations have a
 * connector charging or faulted. Connection state is presence's, not counted here.
 */
public record NetworkCensus(long stations, long connectors, long chargingConnectors, long stationsCharging,
                            long stationsFaulted) {
    /** Charging connectors per connector, in per mille (0 with no connectors), so no double leaves here. */
    public long utilizationPerMille() {
        return connectors == 0 ? 0 : chargingConnectors * 1000 / connectors;
    }
}
