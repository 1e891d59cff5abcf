package io.gridcharge.domain.station;

/**
 * A connector's state, the union of OCPP 1.6 ChargePointStatus and 2.0.1 ConnectorStatusEnumType
 * (2.0.1 reports OCCUPIED where 1.6 distinguishes the phases of a session).
 */
public enum ConnectorStatus {
    AVAILABLE, PREPARING, CHARGING, SUSPENDED_EVSE, SUSPENDED_EV, FINISHING, RESERVED, UNAVAILABLE,
    FAULTED, OCCUPIED, UNKNOWN
}
