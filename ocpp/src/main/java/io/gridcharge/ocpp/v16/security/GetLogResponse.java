package io.gridcharge.ocpp.v16.security;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 Security Whitepaper (edition 3), GetLog.conf: whether the upload starts, and the file's name. */
public record GetLogResponse(LogStatus status, String filename) implements OcppResponse {
    public GetLogResponse {
        Require.present(status, "status");
        Require.maxLength(filename, 255, "filename");
    }
}
