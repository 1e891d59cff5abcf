package io.gridcharge.api.reservation;

import java.time.Instant;

/** POST /api/v1/stations/{id}/reservations: connector 0 reserves any connector of the station. */
public record ReserveRequest(Integer connectorId, String idToken, Instant expiresAt, String parentIdTag) {
}
