package io.gridcharge.sim.charger;

/** What a connector is doing; the protocol adapter names it in its version's words (OCPP 1.6 §4.9 statuses). */
public enum ConnectorState {
    AVAILABLE, PREPARING, CHARGING, SUSPENDED_EV, SUSPENDED_EVSE, FINISHING, RESERVED, UNAVAILABLE, FAULTED
}
