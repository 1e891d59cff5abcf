package io.gridcharge.ocpp.v16.remotetrigger;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.52 TriggerMessage.conf. */
public record TriggerMessageResponse(TriggerMessageStatus status) implements OcppResponse {
    public TriggerMessageResponse {
        Require.present(status, "status");
    }
}
