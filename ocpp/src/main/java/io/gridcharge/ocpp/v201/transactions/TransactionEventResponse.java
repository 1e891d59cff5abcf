package io.gridcharge.ocpp.v201.transactions;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenInfoType;
import io.gridcharge.ocpp.v201.types.MessageContentType;
import io.gridcharge.ocpp.validation.Require;
import java.math.BigDecimal;

/**
 * OCPP 2.0.1 TransactionEventResponse: the answer to {@link TransactionEventRequest}.
 *
 * @param totalCost SHALL only be sent when charging has ended.
 * @param chargingPriority Priority from a business point of view.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record TransactionEventResponse(
        BigDecimal totalCost,
        Integer chargingPriority,
        IdTokenInfoType idTokenInfo,
        MessageContentType updatedPersonalMessage,
        CustomDataType customData) implements OcppResponse {

    public TransactionEventResponse {
        // Not in the schema; the spec's field description: "The range is from -9 to 9."
        Require.atLeast(chargingPriority, -9, "chargingPriority");
        Require.atMost(chargingPriority, 9, "chargingPriority");
    }

    /** No optional field set. */
    public static TransactionEventResponse of() {
        return new TransactionEventResponse(null, null, null, null, null);
    }
}
