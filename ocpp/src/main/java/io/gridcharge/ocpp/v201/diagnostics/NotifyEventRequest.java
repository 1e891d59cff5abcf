package io.gridcharge.ocpp.v201.diagnostics;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;
import java.util.List;

/**
 * OCPP 2.0.1 NotifyEventRequest (functional block N Diagnostics, use case N07, N08): the station reports events
 * of its monitors and its own components.
 *
 * @param generatedAt Timestamp of the moment this message was generated at the Charging Station.
 * @param tbc “to be continued” indicator. Absent means false (schema default).
 * @param seqNo Sequence number of this message.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyEventRequest(
        Instant generatedAt,
        Boolean tbc,
        Integer seqNo,
        List<EventDataType> eventData,
        CustomDataType customData) implements OcppRequest<NotifyEventResponse> {

    public NotifyEventRequest {
        Require.present(generatedAt, "generatedAt");
        Require.present(seqNo, "seqNo");
        // Not in the schema; the spec's field description: "First message starts at 0."
        Require.atLeast(seqNo, 0, "seqNo");
        Require.present(eventData, "eventData");
        eventData = Require.size(eventData, 1, Integer.MAX_VALUE, "eventData");
    }

    /** The required fields only. */
    public static NotifyEventRequest of(Instant generatedAt, Integer seqNo, List<EventDataType> eventData) {
        return new NotifyEventRequest(generatedAt, null, seqNo, eventData, null);
    }
}
