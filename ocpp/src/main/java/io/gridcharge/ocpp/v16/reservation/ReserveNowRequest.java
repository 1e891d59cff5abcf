package io.gridcharge.ocpp.v16.reservation;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.37 ReserveNow.req: hold a connector (0: any connector) for idTag until expiryDate. */
public record ReserveNowRequest(
        Integer connectorId,
        Instant expiryDate,
        String idTag,
        String parentIdTag,
        Integer reservationId) implements OcppRequest<ReserveNowResponse> {
    public ReserveNowRequest {
        Require.present(connectorId, "connectorId");
        Require.present(expiryDate, "expiryDate");
        Require.present(idTag, "idTag");
        Require.maxLength(idTag, 20, "idTag");
        Require.maxLength(parentIdTag, 20, "parentIdTag");
        Require.present(reservationId, "reservationId");
    }
}
