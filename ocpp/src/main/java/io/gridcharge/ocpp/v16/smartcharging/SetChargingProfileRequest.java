package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.43 SetChargingProfile.req: the CSMS installs a profile; connectorId 0 means the whole station. */
public record SetChargingProfileRequest(Integer connectorId, ChargingProfile csChargingProfiles)
        implements OcppRequest<SetChargingProfileResponse> {
    public SetChargingProfileRequest {
        Require.present(connectorId, "connectorId");
        Require.present(csChargingProfiles, "csChargingProfiles");
    }
}
