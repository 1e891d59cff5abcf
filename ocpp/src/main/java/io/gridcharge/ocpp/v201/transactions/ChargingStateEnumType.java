package io.gridcharge.ocpp.v201.transactions;

/**
 * OCPP 2.0.1 ChargingStateEnumType: current charging state, is required when state has changed.
 */
public enum ChargingStateEnumType {
    Charging, EVConnected, SuspendedEV, SuspendedEVSE, Idle
}
