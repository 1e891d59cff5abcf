package io.gridcharge.api.energy;

/** The bodies of the smart charging endpoints. */
final class ChargingProfileRequests {
    private ChargingProfileRequests() {
    }

    record Install(Integer connectorId, ChargingProfileJson chargingProfile) {
    }

    /** OCPP 1.6 §6.13 ClearChargingProfile.req's fields; none given clears every profile. */
    record Clear(Integer id, Integer connectorId, String chargingProfilePurpose, Integer stackLevel) {
    }

    record CompositeSchedule(Integer connectorId, Integer duration, String chargingRateUnit) {
    }
}
