package io.gridcharge.ocpp.v201.tariffcost;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 CostUpdatedRequest (functional block I Tariff and cost, use case I02): the CSMS sends the running
 * total cost of a transaction.
 *
 * @param totalCost Current total cost, based on the information known by the CSMS, of the transaction including
 * taxes.
 * @param transactionId Transaction Id of the transaction the current cost are asked for.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record CostUpdatedRequest(
        BigDecimal totalCost,
        String transactionId,
        CustomDataType customData) implements OcppRequest<CostUpdatedResponse> {

    public CostUpdatedRequest {
        Require.present(totalCost, "totalCost");
        Require.present(transactionId, "transactionId");
        Require.maxLength(transactionId, 36, "transactionId");
    }

    /** The required fields only. */
    public static CostUpdatedRequest of(BigDecimal totalCost, String transactionId) {
        return new CostUpdatedRequest(totalCost, transactionId, null);
    }
}
