package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 RequestStopTransactionRequest (functional block F Remote control, use case F03): the CSMS asks the
 * station to stop a transaction.
 *
 * @param transactionId The identifier of the transaction which the Charging Station is requested to stop.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record RequestStopTransactionRequest(
        String transactionId,
        CustomDataType customData) implements OcppRequest<RequestStopTransactionResponse> {

    public RequestStopTransactionRequest {
        Require.present(transactionId, "transactionId");
        Require.maxLength(transactionId, 36, "transactionId");
    }

    /** The required fields only. */
    public static RequestStopTransactionRequest of(String transactionId) {
        return new RequestStopTransactionRequest(transactionId, null);
    }
}
