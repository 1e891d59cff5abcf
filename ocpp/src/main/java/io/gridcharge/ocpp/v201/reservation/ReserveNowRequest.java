package io.gridcharge.ocpp.v201.reservation;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.v201.types.IdTokenType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 ReserveNowRequest (functional block H Reservation, use case H01): the CSMS reserves an EVSE, or any
 * EVSE, for an id token.
 *
 * @param id Id of reservation.
 * @param expiryDateTime Date and time at which the reservation expires.
 * @param evseId This contains ID of the evse to be reserved.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReserveNowRequest(
        Integer id,
        Instant expiryDateTime,
        ConnectorEnumType connectorType,
        IdTokenType idToken,
        Integer evseId,
        IdTokenType groupIdToken,
        CustomDataType customData) implements OcppRequest<ReserveNowResponse> {

    public ReserveNowRequest {
        Require.present(id, "id");
        Require.present(expiryDateTime, "expiryDateTime");
        Require.present(idToken, "idToken");
    }

    /** The required fields only. */
    public static ReserveNowRequest of(Integer id, Instant expiryDateTime, IdTokenType idToken) {
        return new ReserveNowRequest(id, expiryDateTime, null, idToken, null, null, null);
    }
}
