package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 1.6 §6.31 MeterValues.req: samples of one connector (0: the main meter), tied to a transaction when
 * {@code transactionId} is set.
 */
public record MeterValuesRequest(Integer connectorId, Integer transactionId, List<MeterValue> meterValue)
        implements OcppRequest<MeterValuesResponse> {

    public MeterValuesRequest {
        Require.present(connectorId, "connectorId");
        Require.present(meterValue, "meterValue");
        meterValue = Require.size(meterValue, 1, Integer.MAX_VALUE, "meterValue");
    }
}
