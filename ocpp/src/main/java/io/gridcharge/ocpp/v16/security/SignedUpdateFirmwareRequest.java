package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), SignedUpdateFirmware.req: a firmware update the station verifies first (L01). */
public record SignedUpdateFirmwareRequest(Integer retries, Integer retryInterval, Integer requestId,
                                          SignedFirmware firmware) implements OcppRequest<SignedUpdateFirmwareResponse> {
    public SignedUpdateFirmwareRequest {
        Require.present(requestId, "requestId");
        Require.present(firmware, "firmware");
    }
}
