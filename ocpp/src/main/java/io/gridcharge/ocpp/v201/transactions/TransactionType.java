package io.gridcharge.ocpp.v201.transactions;

import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 TransactionType: transaction
 *
 * @param transactionId This contains the Id of the transaction.
 * @param timeSpentCharging Contains the total time that energy flowed from EVSE to EV during the transaction (in
 * seconds).
 * @param remoteStartId The ID given to remote start request (* RequestStartTransactionRequest.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record TransactionType(
        String transactionId,
        ChargingStateEnumType chargingState,
        Integer timeSpentCharging,
        ReasonEnumType stoppedReason,
        Integer remoteStartId,
        CustomDataType customData) {

    public TransactionType {
        Require.present(transactionId, "transactionId");
        Require.maxLength(transactionId, 36, "transactionId");
    }

    /** The required fields only. */
    public static TransactionType of(String transactionId) {
        return new TransactionType(transactionId, null, null, null, null, null);
    }
}
