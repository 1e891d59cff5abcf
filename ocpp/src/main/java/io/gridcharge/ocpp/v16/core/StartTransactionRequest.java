package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.45 StartTransaction.req; {@code meterStart} is the energy register in Wh. */
public record StartTransactionRequest(
        Integer connectorId,
        String idTag,
        Integer meterStart,
        Integer reservationId,
        Instant timestamp) implements OcppRequest<StartTransactionResponse> {

    public StartTransactionRequest {
        Require.present(connectorId, "connectorId");
        Require.present(idTag, "idTag");
        Require.maxLength(idTag, 20, "idTag");
        Require.present(meterStart, "meterStart");
        Require.present(timestamp, "timestamp");
    }
}
