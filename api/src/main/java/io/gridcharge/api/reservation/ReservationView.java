package io.gridcharge.api.reservation;

import io.gridcharge.api.http.Vocabulary;
import io.gridcharge.domain.reservation.Reservation;
import java.time.Instant;

/** A reservation as the API shows it, as it stands now; {@code stationAnswer} is the station's ReserveNow answer. */
public record ReservationView(int id, String stationId, int connectorId, String idToken, String parentIdTag,
                              Instant expiresAt, String status, String stationAnswer, Long transactionId,
                              Instant createdAt, String connectorType) {
    static ReservationView of(Reservation reservation) {
        return new ReservationView(reservation.id(), reservation.stationId().value(), reservation.connectorId(),
                reservation.idToken().value(),
                reservation.parentIdToken() == null ? null : reservation.parentIdToken().value(),
                reservation.expiresAt(), Vocabulary.RESERVATION_STATUS.name(reservation.status()),
                reservation.stationAnswer(), reservation.transactionId(), reservation.createdAt(),
                reservation.connectorType());
    }
}
