package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.9 ChargingProfileKindType: what a schedule's periods are relative to. */
public enum ChargingProfileKindType {
    Absolute, Recurring, Relative
}
