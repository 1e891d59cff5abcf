package io.gridcharge.gateway.v201;

import io.gridcharge.domain.firmware.RecordTransferStatus;
import io.gridcharge.domain.reservation.EndReservation;
import io.gridcharge.domain.security.RecordReportedStatus;

/**
 * The domain services behind the 2.0.1 stations' firmware, log and reservation notifications (L, N01, H):
 * the same firmware and diagnostics history and the same log and signed firmware reports as 1.6 stations
 * have, and the reservations.
 */
public record Ocpp201OperationServices(RecordTransferStatus transfers, RecordReportedStatus reportedStatus,
                                       EndReservation reservations) {
    public Ocpp201OperationServices {
        if (transfers == null || reportedStatus == null || reservations == null) {
            throw new IllegalArgumentException("every OCPP 2.0.1 operation service is required");
        }
    }
}
