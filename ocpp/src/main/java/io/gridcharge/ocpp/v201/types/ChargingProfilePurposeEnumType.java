package io.gridcharge.ocpp.v201.types;

/**
 * OCPP 2.0.1 ChargingProfilePurposeEnumType: defines the purpose of the schedule transferred by this profile
 */
public enum ChargingProfilePurposeEnumType {
    ChargingStationExternalConstraints, ChargingStationMaxProfile, TxDefaultProfile, TxProfile
}
