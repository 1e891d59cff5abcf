package io.gridcharge.ocpp.v201.remotecontrol;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.ChargingProfileType;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 RequestStartTransactionRequest (functional block F Remote control, use case F01, F02): the CSMS
 * asks the station to start a transaction.
 *
 * @param evseId Number of the EVSE on which to start the transaction.
 * @param remoteStartId Id given by the server to this start request.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record RequestStartTransactionRequest(
        Integer evseId,
        IdTokenType groupIdToken,
        IdTokenType idToken,
        Integer remoteStartId,
        ChargingProfileType chargingProfile,
        CustomDataType customData) implements OcppRequest<RequestStartTransactionResponse> {

    public RequestStartTransactionRequest {
        Require.present(idToken, "idToken");
        Require.present(remoteStartId, "remoteStartId");
        // Not in the schema; the spec's field description: "EvseId SHALL be > 0".
        Require.atLeast(evseId, 1, "evseId");
    }

    /** The required fields only. */
    public static RequestStartTransactionRequest of(IdTokenType idToken, Integer remoteStartId) {
        return new RequestStartTransactionRequest(null, null, idToken, remoteStartId, null, null);
    }
}
