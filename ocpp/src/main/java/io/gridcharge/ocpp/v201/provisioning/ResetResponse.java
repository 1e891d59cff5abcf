package io.gridcharge.ocpp.v201.provisioning;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ResetResponse: the answer to {@link ResetRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ResetResponse(
        ResetStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public ResetResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static ResetResponse of(ResetStatusEnumType status) {
        return new ResetResponse(status, null, null);
    }
}
