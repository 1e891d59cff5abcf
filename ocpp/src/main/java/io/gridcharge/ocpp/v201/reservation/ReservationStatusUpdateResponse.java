package io.gridcharge.ocpp.v201.reservation;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 ReservationStatusUpdateResponse: the answer to {@link ReservationStatusUpdateRequest}.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record ReservationStatusUpdateResponse(
        CustomDataType customData) implements OcppResponse {
}
