package io.gridcharge.ocpp.v201.transactions;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.v201.types.MeterValueType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 TransactionEventRequest (functional block E Transactions, use case E01 to E15): the station reports
 * that a transaction started, changed or ended.
 *
 * @param timestamp The date and time at which this transaction event occurred.
 * @param seqNo Incremental sequence number, helps with determining if all messages of a transaction have been
 * received.
 * @param offline Indication that this transaction event happened when the Charging Station was offline. Absent
 * means false (schema default).
 * @param numberOfPhasesUsed If the Charging Station is able to report the number of phases used, then it SHALL
 * provide it.
 * @param cableMaxCurrent The maximum current of the connected cable in Ampere (A).
 * @param reservationId This contains the Id of the reservation that terminates as a result of this transaction.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record TransactionEventRequest(
        TransactionEventEnumType eventType,
        List<MeterValueType> meterValue,
        Instant timestamp,
        TriggerReasonEnumType triggerReason,
        Integer seqNo,
        Boolean offline,
        Integer numberOfPhasesUsed,
        Integer cableMaxCurrent,
        Integer reservationId,
        TransactionType transactionInfo,
        EVSEType evse,
        IdTokenType idToken,
        CustomDataType customData) implements OcppRequest<TransactionEventResponse> {

    public TransactionEventRequest {
        Require.present(eventType, "eventType");
        meterValue = Require.size(meterValue, 1, Integer.MAX_VALUE, "meterValue");
        Require.present(timestamp, "timestamp");
        Require.present(triggerReason, "triggerReason");
        Require.present(seqNo, "seqNo");
        Require.present(transactionInfo, "transactionInfo");
    }

    /** The required fields only. */
    public static TransactionEventRequest of(
            TransactionEventEnumType eventType,
            Instant timestamp,
            TriggerReasonEnumType triggerReason,
            Integer seqNo,
            TransactionType transactionInfo) {
        return new TransactionEventRequest(
                eventType, null, timestamp, triggerReason, seqNo, null, null, null, null, transactionInfo,
                null, null, null);
    }
}
