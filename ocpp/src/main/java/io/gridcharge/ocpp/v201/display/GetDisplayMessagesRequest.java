package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 GetDisplayMessagesRequest (functional block O Display message, use case O03): the CSMS asks for the
 * display messages matching its criteria.
 *
 * @param id If provided the Charging Station shall return Display Messages of the given ids.
 * @param requestId The Id of this request.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record GetDisplayMessagesRequest(
        List<Integer> id,
        Integer requestId,
        MessagePriorityEnumType priority,
        MessageStateEnumType state,
        CustomDataType customData) implements OcppRequest<GetDisplayMessagesResponse> {

    public GetDisplayMessagesRequest {
        id = Require.size(id, 1, Integer.MAX_VALUE, "id");
        Require.present(requestId, "requestId");
    }

    /** The required fields only. */
    public static GetDisplayMessagesRequest of(Integer requestId) {
        return new GetDisplayMessagesRequest(null, requestId, null, null, null);
    }
}
