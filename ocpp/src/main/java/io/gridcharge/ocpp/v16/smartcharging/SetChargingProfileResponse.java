package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.44 SetChargingProfile.conf. */
public record SetChargingProfileResponse(ChargingProfileStatus status) implements OcppResponse {
    public SetChargingProfileResponse {
        Require.present(status, "status");
    }
}
