package io.gridcharge.ocpp.v201.availability;

/**
 * OCPP 2.0.1 ChangeAvailabilityStatusEnumType: this indicates whether the Charging Station is able to perform
 * the availability change.
 */
public enum ChangeAvailabilityStatusEnumType {
    Accepted, Rejected, Scheduled
}
