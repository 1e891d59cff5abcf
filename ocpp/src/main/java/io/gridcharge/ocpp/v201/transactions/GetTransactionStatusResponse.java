package io.gridcharge.ocpp.v201.transactions;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 GetTransactionStatusResponse: the answer to {@link GetTransactionStatusRequest}.
 *
 * @param ongoingIndicator Whether the transaction is still ongoing.
 * @param messagesInQueue Whether there are still message to be delivered.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetTransactionStatusResponse(
        Boolean ongoingIndicator,
        Boolean messagesInQueue,
        CustomDataType customData) implements OcppResponse {

    public GetTransactionStatusResponse {
        Require.present(messagesInQueue, "messagesInQueue");
    }

    /** The required fields only. */
    public static GetTransactionStatusResponse of(Boolean messagesInQueue) {
        return new GetTransactionStatusResponse(null, messagesInQueue, null);
    }
}
