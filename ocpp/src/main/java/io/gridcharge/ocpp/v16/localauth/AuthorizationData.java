package io.gridcharge.ocpp.v16.localauth;

import io.gridcharge.ocpp.v16.types.IdTagInfo;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 §7.1 AuthorizationData: one entry of a local authorization list. In a differential update an
 * entry without idTagInfo removes the idTag from the list.
 */
public record AuthorizationData(String idTag, IdTagInfo idTagInfo) {
    public AuthorizationData {
        Require.present(idTag, "idTag");
        Require.maxLength(idTag, 20, "idTag");
    }
}
