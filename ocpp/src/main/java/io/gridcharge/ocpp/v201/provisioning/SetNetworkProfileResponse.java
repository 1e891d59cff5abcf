package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetNetworkProfileResponse: the answer to {@link SetNetworkProfileRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetNetworkProfileResponse(
        SetNetworkProfileStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public SetNetworkProfileResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static SetNetworkProfileResponse of(SetNetworkProfileStatusEnumType status) {
        return new SetNetworkProfileResponse(status, null, null);
    }
}
