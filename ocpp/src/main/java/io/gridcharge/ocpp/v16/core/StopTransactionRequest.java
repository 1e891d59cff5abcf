package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 1.6 §6.49 StopTransaction.req; {@code meterStop} is the energy register in Wh, {@code transactionData}
 * the transaction's billing-relevant samples (configuration key StopTxnSampledData, §9.1).
 */
public record StopTransactionRequest(
        String idTag,
        Integer meterStop,
        Instant timestamp,
        Integer transactionId,
        Reason reason,
        List<MeterValue> transactionData) implements OcppRequest<StopTransactionResponse> {

    public StopTransactionRequest {
        Require.maxLength(idTag, 20, "idTag");
        Require.present(meterStop, "meterStop");
        Require.present(timestamp, "timestamp");
        Require.present(transactionId, "transactionId");
        transactionData = Require.size(transactionData, 0, Integer.MAX_VALUE, "transactionData");
    }
}
