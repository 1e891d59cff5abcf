package io.gridcharge.ocpp.v16.localauth;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.28 GetLocalListVersion.conf; by §5.10, 0 means the list is empty and -1 that it does not support local lists. */
public record GetLocalListVersionResponse(Integer listVersion) implements OcppResponse {
    public GetLocalListVersionResponse {
        Require.present(listVersion, "listVersion");
    }
}
