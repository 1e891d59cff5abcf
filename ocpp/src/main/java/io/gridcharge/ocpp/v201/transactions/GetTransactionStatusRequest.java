package io.gridcharge.ocpp.v201.transactions;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetTransactionStatusRequest (functional block E Transactions, use case E14): the CSMS asks whether
 * a transaction is ongoing and messages are queued for it.
 *
 * @param transactionId The Id of the transaction for which the status is requested.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetTransactionStatusRequest(
        String transactionId,
        CustomDataType customData) implements OcppRequest<GetTransactionStatusResponse> {

    public GetTransactionStatusRequest {
        Require.maxLength(transactionId, 36, "transactionId");
    }

    /** No optional field set. */
    public static GetTransactionStatusRequest of() {
        return new GetTransactionStatusRequest(null, null);
    }
}
