package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v16.types.IdTagInfo;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.2 Authorize.conf. */
public record AuthorizeResponse(IdTagInfo idTagInfo) implements OcppResponse {
    public AuthorizeResponse {
        Require.present(idTagInfo, "idTagInfo");
    }
}
