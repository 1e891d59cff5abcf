package io.gridcharge.ocpp.v16.smartcharging;

/** OCPP 1.6 §7.12 ChargingRateUnitType: watts or amperes per phase. */
public enum ChargingRateUnitType {
    W, A
}
