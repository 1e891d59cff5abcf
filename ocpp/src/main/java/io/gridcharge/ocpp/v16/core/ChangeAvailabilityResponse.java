package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.8 ChangeAvailability.conf. */
public record ChangeAvailabilityResponse(AvailabilityStatus status) implements OcppResponse {
    public ChangeAvailabilityResponse {
        Require.present(status, "status");
    }
}
