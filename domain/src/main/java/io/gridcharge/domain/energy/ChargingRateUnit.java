package io.gridcharge.domain.energy;

/** OCPP 1.6 §7.12: a schedule's limits are in watts, or in amperes per phase. */
public enum ChargingRateUnit {
    WATTS, AMPERES
}
