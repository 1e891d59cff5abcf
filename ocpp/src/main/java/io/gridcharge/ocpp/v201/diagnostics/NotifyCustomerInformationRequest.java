package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 NotifyCustomerInformationRequest (functional block N Diagnostics, use case N09): the station sends
 * (a part of) the customer information asked for.
 *
 * @param data (Part of) the requested data.
 * @param tbc “to be continued” indicator. Absent means false (schema default).
 * @param seqNo Sequence number of this message.
 * @param generatedAt Timestamp of the moment this message was generated at the Charging Station.
 * @param requestId The Id of the request.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyCustomerInformationRequest(
        String data,
        Boolean tbc,
        Integer seqNo,
        Instant generatedAt,
        Integer requestId,
        CustomDataType customData) implements OcppRequest<NotifyCustomerInformationResponse> {

    public NotifyCustomerInformationRequest {
        Require.present(data, "data");
        Require.maxLength(data, 512, "data");
        Require.present(seqNo, "seqNo");
        Require.present(generatedAt, "generatedAt");
        Require.present(requestId, "requestId");
        // Not in the schema; the spec's field description: "First message starts at 0."
        Require.atLeast(seqNo, 0, "seqNo");
    }

    /** The required fields only. */
    public static NotifyCustomerInformationRequest of(
            String data,
            Integer seqNo,
            Instant generatedAt,
            Integer requestId) {
        return new NotifyCustomerInformationRequest(data, null, seqNo, generatedAt, requestId, null);
    }
}
