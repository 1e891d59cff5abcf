package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.EVSEType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 TriggerMessageRequest (functional block F Remote control, use case F06): the CSMS asks the station
 * to send one of its messages now.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record TriggerMessageRequest(
        EVSEType evse,
        MessageTriggerEnumType requestedMessage,
        CustomDataType customData) implements OcppRequest<TriggerMessageResponse> {

    public TriggerMessageRequest {
        Require.present(requestedMessage, "requestedMessage");
    }

    /** The required fields only. */
    public static TriggerMessageRequest of(MessageTriggerEnumType requestedMessage) {
        return new TriggerMessageRequest(null, requestedMessage, null);
    }
}
