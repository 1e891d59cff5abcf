package io.gridcharge.ocpp.v201.availability;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ChangeAvailabilityRequest (functional block G Availability, use case G03, G04): the CSMS makes the
 * station, an EVSE or a connector operative or inoperative.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ChangeAvailabilityRequest(
        EVSEType evse,
        OperationalStatusEnumType operationalStatus,
        CustomDataType customData) implements OcppRequest<ChangeAvailabilityResponse> {

    public ChangeAvailabilityRequest {
        Require.present(operationalStatus, "operationalStatus");
    }

    /** The required fields only. */
    public static ChangeAvailabilityRequest of(OperationalStatusEnumType operationalStatus) {
        return new ChangeAvailabilityRequest(null, operationalStatus, null);
    }
}
