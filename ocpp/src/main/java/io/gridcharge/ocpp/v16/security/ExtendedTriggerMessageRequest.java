package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 Security Whitepaper (edition 3), ExtendedTriggerMessage.req: TriggerMessage with the security
 * extension's messages (LogStatusNotification, SignChargePointCertificate); connectorId only when it applies.
 */
public record ExtendedTriggerMessageRequest(ExtendedMessageTrigger requestedMessage, Integer connectorId)
        implements OcppRequest<ExtendedTriggerMessageResponse> {
    public ExtendedTriggerMessageRequest {
        Require.present(requestedMessage, "requestedMessage");
    }
}
