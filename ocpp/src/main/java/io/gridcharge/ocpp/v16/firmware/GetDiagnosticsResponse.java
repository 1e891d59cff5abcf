package io.gridcharge.ocpp.v16.firmware;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.26 GetDiagnostics.conf; fileName is absent when the station has no diagnostics to send. */
public record GetDiagnosticsResponse(String fileName) implements OcppResponse {
    public GetDiagnosticsResponse {
        Require.maxLength(fileName, 255, "fileName");
    }
}
