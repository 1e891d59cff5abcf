package io.gridcharge.ocpp.v201.localauth;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetLocalListVersionResponse: the answer to {@link GetLocalListVersionRequest}.
 *
 * @param versionNumber This contains the current version number of the local authorization list in the Charging
 * Station.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetLocalListVersionResponse(
        Integer versionNumber,
        CustomDataType customData) implements OcppResponse {

    public GetLocalListVersionResponse {
        Require.present(versionNumber, "versionNumber");
    }

    /** The required fields only. */
    public static GetLocalListVersionResponse of(Integer versionNumber) {
        return new GetLocalListVersionResponse(versionNumber, null);
    }
}
