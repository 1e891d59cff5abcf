package io.gridcharge.ocpp.v201.reservation;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;

/**
 * OCPP 2.0.1 ReservationStatusUpdateRequest (functional block H Reservation, use case H04): the station reports
 * that a reservation expired or was removed.
 *
 * @param reservationId The ID of the reservation.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReservationStatusUpdateRequest(
        Integer reservationId,
        ReservationUpdateStatusEnumType reservationUpdateStatus,
        CustomDataType customData) implements OcppRequest<ReservationStatusUpdateResponse> {

    public ReservationStatusUpdateRequest {
        Require.present(reservationId, "reservationId");
        Require.present(reservationUpdateStatus, "reservationUpdateStatus");
    }

    /** The required fields only. */
    public static ReservationStatusUpdateRequest of(
            Integer reservationId,
            ReservationUpdateStatusEnumType reservationUpdateStatus) {
        return new ReservationStatusUpdateRequest(reservationId, reservationUpdateStatus, null);
    }
}
