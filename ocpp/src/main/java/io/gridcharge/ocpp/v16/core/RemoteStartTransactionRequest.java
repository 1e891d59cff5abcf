package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v16.smartcharging.ChargingProfile;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 1.6 §6.33 RemoteStartTransaction.req: start a transaction for idTag, on a given connector or one the
 * station picks; the optional profile must be a TxProfile (§5.11), a rule of the spec text left to the
 * sender, as the schema does not state it.
 */
public record RemoteStartTransactionRequest(Integer connectorId, String idTag, ChargingProfile chargingProfile)
        implements OcppRequest<RemoteStartTransactionResponse> {

    public RemoteStartTransactionRequest {
        Require.present(idTag, "idTag");
        Require.maxLength(idTag, 20, "idTag");
    }
}
