package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.StatusInfoType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 RequestStartTransactionResponse: the answer to {@link RequestStartTransactionRequest}.
 *
 * @param transactionId When the transaction was already started by the Charging Station before the
 * RequestStartTransactionRequest was received, for example:
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record RequestStartTransactionResponse(
        RequestStartStopStatusEnumType status,
        StatusInfoType statusInfo,
        String transactionId,
        CustomDataType customData) implements OcppResponse {

    public RequestStartTransactionResponse {
        Require.present(status, "status");
        Require.maxLength(transactionId, 36, "transactionId");
    }

    /** The required fields only. */
    public static RequestStartTransactionResponse of(RequestStartStopStatusEnumType status) {
        return new RequestStartTransactionResponse(status, null, null, null);
    }
}
