package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.v201.types.ComponentType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.MessageContentType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 MessageInfoType: contains message details, for a message to be displayed on a Charging Station.
 *
 * @param id Master resource identifier, unique within an exchange context.
 * @param startDateTime From what date-time should this message be shown.
 * @param endDateTime Until what date-time should this message be shown, after this date/time this message SHALL
 * be removed.
 * @param transactionId During which transaction shall this message be shown.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record MessageInfoType(
        ComponentType display,
        Integer id,
        MessagePriorityEnumType priority,
        MessageStateEnumType state,
        Instant startDateTime,
        Instant endDateTime,
        String transactionId,
        MessageContentType message,
        CustomDataType customData) {

    public MessageInfoType {
        Require.present(id, "id");
        Require.present(priority, "priority");
        Require.maxLength(transactionId, 36, "transactionId");
        Require.present(message, "message");
    }

    /** The required fields only. */
    public static MessageInfoType of(Integer id, MessagePriorityEnumType priority, MessageContentType message) {
        return new MessageInfoType(null, id, priority, null, null, null, null, message, null);
    }
}
