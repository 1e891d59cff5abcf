package io.gridcharge.api.transaction;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.charging.Transaction;
import java.time.Instant;

/**
 * A charging transaction. Meter readings and energy are in Wh; {@code stationTransactionId} is the id an
 * OCPP 2.0.1 station chose itself (null for 1.6 stations, which use {@code id}); {@code reservationId} is the
 * reservation the station said the transaction ended (OCPP 1.6 §4.8), when it named one.
 */
public record TransactionView(long id, String stationId, int connectorId, String stationTransactionId, String idToken,
                              long meterStart, Long meterStop, Long energyWh, Instant startedAt, Instant stoppedAt,
                              String stopReason, String status, Integer reservationId) {
    static TransactionView of(Transaction t) {
        return new TransactionView(t.id(), t.stationId().value(), t.connectorId(), t.stationTransactionId(),
                t.idToken() == null ? null : t.idToken().value(), t.meterStartWh(), t.meterStopWh(),
                t.energyWh().isPresent() ? t.energyWh().getAsLong() : null, t.startedAt(), t.stoppedAt(),
                t.stopReason(), Vocabulary.TRANSACTION_STATUS.name(t.status()), t.reservationId());
    }
}
