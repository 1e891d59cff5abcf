package io.gridcharge.domain.charging;

import io.gridcharge.domain.authorization.AuthorizationStatus;
import io.gridcharge.domain.authorization.IdToken;
import io.gridcharge.domain.shared.Require;
import io.gridcharge.domain.station.StationId;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * A charging transaction: who charged where, from which meter reading to which, and why it ended.
 * {@code id} is the platform's number (the transactionId OCPP 1.6 stations are given);
 * {@code stationTransactionId} is the id a 2.0.1 station chose itself. Energy is in Wh, from the meter.
 */
public record Transaction(long id, StationId stationId, int connectorId, String stationTransactionId,
                          IdToken idToken, AuthorizationStatus startAuthorization, Integer reservationId,
                          long meterStartWh, Instant startedAt,
                          Long meterStopWh, Instant stoppedAt, String stopReason, IdToken stoppedBy,
                          TransactionStatus status) {
    public Transaction {
        Require.present(stationId, "stationId");
        Require.present(startedAt, "startedAt");
        Require.present(status, "status");
    }

    public OptionalLong energyWh() {
        return meterStopWh == null ? OptionalLong.empty() : OptionalLong.of(Math.max(0, meterStopWh - meterStartWh));
    }

    public Duration duration(Instant now) {
        return Duration.between(startedAt, stoppedAt != null ? stoppedAt : now);
    }

    public boolean isActive() {
        return status == TransactionStatus.ACTIVE;
    }
}
