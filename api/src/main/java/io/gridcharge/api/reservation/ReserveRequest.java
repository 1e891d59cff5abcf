package io.gridcharge.api.reservation;

import java.time.Instant;

/**
 * POST /api/v1/stations/{id}/reservations: connector 0 reserves any connector of the station; a connectorType
 * (OCPP 2.0.1 stations only, e.g. "cType2") holds one with a connector of that type.
 */
public record ReserveRequest(Integer connectorId, String idToken, Instant expiresAt, String parentIdTag,
                             String connectorType) {
}
