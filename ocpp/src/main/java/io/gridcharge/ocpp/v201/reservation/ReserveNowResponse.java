package io.gridcharge.ocpp.v201.reservation;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ReserveNowResponse: the answer to {@link ReserveNowRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReserveNowResponse(
        ReserveNowStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public ReserveNowResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static ReserveNowResponse of(ReserveNowStatusEnumType status) {
        return new ReserveNowResponse(status, null, null);
    }
}
