package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.14 ClearChargingProfile.conf. */
public record ClearChargingProfileResponse(ClearChargingProfileStatus status) implements OcppResponse {
    public ClearChargingProfileResponse {
        Require.present(status, "status");
    }
}
