package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.7 ChangeAvailability.req; connector 0 means the whole station (§5.2). */
public record ChangeAvailabilityRequest(Integer connectorId, AvailabilityType type)
        implements OcppRequest<ChangeAvailabilityResponse> {

    public ChangeAvailabilityRequest {
        Require.present(connectorId, "connectorId");
        Require.present(type, "type");
    }
}
