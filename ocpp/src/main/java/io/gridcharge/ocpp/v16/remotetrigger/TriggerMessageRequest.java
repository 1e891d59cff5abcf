package io.gridcharge.ocpp.v16.remotetrigger;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.51 TriggerMessage.req: ask the station to send a message now; connectorId only when it applies. */
public record TriggerMessageRequest(MessageTrigger requestedMessage, Integer connectorId)
        implements OcppRequest<TriggerMessageResponse> {
    public TriggerMessageRequest {
        Require.present(requestedMessage, "requestedMessage");
    }
}
