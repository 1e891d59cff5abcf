package io.gridcharge.ocpp.v16.localauth;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.42 SendLocalList.conf. */
public record SendLocalListResponse(UpdateStatus status) implements OcppResponse {
    public SendLocalListResponse {
        Require.present(status, "status");
    }
}
