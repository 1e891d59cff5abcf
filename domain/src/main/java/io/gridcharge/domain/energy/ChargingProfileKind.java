package io.gridcharge.domain.energy;

/**
 * OCPP 1.6 §7.9: what a schedule's periods count from. ABSOLUTE: its start time; RECURRING: its start time
 * moved by whole days or weeks; RELATIVE: the start of the transaction, chosen by the station.
 */
public enum ChargingProfileKind {
    ABSOLUTE, RECURRING, RELATIVE
}
