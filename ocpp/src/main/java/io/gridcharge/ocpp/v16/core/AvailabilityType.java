package io.gridcharge.ocpp.v16.core;

/** OCPP 1.6 §7.4 AvailabilityType: what ChangeAvailability.req asks a connector (or the station) to become. */
public enum AvailabilityType {
    Inoperative, Operative
}
