package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ResetRequest (functional block B Provisioning, use case B11, B12): the CSMS asks the station, or
 * one EVSE, to reset.
 *
 * @param evseId This contains the ID of a specific EVSE that needs to be reset, instead of the entire Charging
 * Station.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ResetRequest(
        ResetEnumType type,
        Integer evseId,
        CustomDataType customData) implements OcppRequest<ResetResponse> {

    public ResetRequest {
        Require.present(type, "type");
    }

    /** The required fields only. */
    public static ResetRequest of(ResetEnumType type) {
        return new ResetRequest(type, null, null);
    }
}
