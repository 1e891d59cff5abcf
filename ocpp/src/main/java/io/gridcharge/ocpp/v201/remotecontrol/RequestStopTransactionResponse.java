package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 RequestStopTransactionResponse: the answer to {@link RequestStopTransactionRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record RequestStopTransactionResponse(
        RequestStartStopStatusEnumType status,
        StatusInfoType statusInfo,
        CustomDataType customData) implements OcppResponse {

    public RequestStopTransactionResponse {
        Require.present(status, "status");
    }

    /** The required fields only. */
    public static RequestStopTransactionResponse of(RequestStartStopStatusEnumType status) {
        return new RequestStopTransactionResponse(status, null, null);
    }
}
