package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.util.List;

/**
 * OCPP 2.0.1 NotifyDisplayMessagesRequest (functional block O Display message, use case O03): the station sends
 * (a part of) the display messages asked for.
 *
 * @param requestId The id of the GetDisplayMessagesRequest that
 * requested this message.
 * @param tbc "to be continued" indicator. Absent means false (schema default).
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record NotifyDisplayMessagesRequest(
        List<MessageInfoType> messageInfo,
        Integer requestId,
        Boolean tbc,
        CustomDataType customData) implements OcppRequest<NotifyDisplayMessagesResponse> {

    public NotifyDisplayMessagesRequest {
        messageInfo = Require.size(messageInfo, 1, Integer.MAX_VALUE, "messageInfo");
        Require.present(requestId, "requestId");
    }

    /** The required fields only. */
    public static NotifyDisplayMessagesRequest of(Integer requestId) {
        return new NotifyDisplayMessagesRequest(null, requestId, null, null);
    }
}
