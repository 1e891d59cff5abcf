package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.1 Authorize.req: the station asks whether an id tag may charge. */
public record AuthorizeRequest(String idTag) implements OcppRequest<AuthorizeResponse> {
    public AuthorizeRequest {
        Require.present(idTag, "idTag");
        Require.maxLength(idTag, 20, "idTag");
    }
}
