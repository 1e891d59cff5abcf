package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/** A transaction as a station reports its start, before the platform numbered it. */
public record NewTransaction(StationId stationId, int connectorId, String stationTransactionId, IdToken idToken,
                             AuthorizationStatus startAuthorization, Integer reservationId, long meterStartWh,
                             Instant startedAt) {
}
