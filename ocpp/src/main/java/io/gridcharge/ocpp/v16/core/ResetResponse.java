package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.40 Reset.conf. */
public record ResetResponse(ResetStatus status) implements OcppResponse {
    public ResetResponse {
        Require.present(status, "status");
    }
}
