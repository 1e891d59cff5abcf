package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), SignedUpdateFirmware.conf: whether the station takes the signed firmware update on. */
public record SignedUpdateFirmwareResponse(UpdateFirmwareStatus status) implements OcppResponse {
    public SignedUpdateFirmwareResponse {
        Require.present(status, "status");
    }
}
