package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), ExtendedTriggerMessage.conf: whether the station will send the requested message. */
public record ExtendedTriggerMessageResponse(ExtendedTriggerMessageStatus status) implements OcppResponse {
    public ExtendedTriggerMessageResponse {
        Require.present(status, "status");
    }
}
