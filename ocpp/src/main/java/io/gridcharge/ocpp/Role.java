package io.gridcharge.ocpp;

/** The two ends of an OCPP connection. Which actions a party may receive follows from its role. */
public enum Role {
    /** The central system (OCPP 1.6: Central System; 2.0.1: CSMS), the WebSocket server. */
    CSMS,
    /** The charging station (OCPP 1.6: Charge Point), the WebSocket client. */
    STATION
}
