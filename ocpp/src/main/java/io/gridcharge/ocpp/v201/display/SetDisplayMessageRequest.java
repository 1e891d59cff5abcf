package io.gridcharge.ocpp.v201.display;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 SetDisplayMessageRequest (functional block O Display message, use case O01, O02, O04, O06): the
 * CSMS sets a message for the station to display.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record SetDisplayMessageRequest(
        MessageInfoType message,
        CustomDataType customData) implements OcppRequest<SetDisplayMessageResponse> {

    public SetDisplayMessageRequest {
        Require.present(message, "message");
    }

    /** The required fields only. */
    public static SetDisplayMessageRequest of(MessageInfoType message) {
        return new SetDisplayMessageRequest(message, null);
    }
}
