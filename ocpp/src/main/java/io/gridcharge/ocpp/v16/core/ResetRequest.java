package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.39 Reset.req. */
public record ResetRequest(ResetType type) implements OcppRequest<ResetResponse> {
    public ResetRequest {
        Require.present(type, "type");
    }
}
