package io.gridcharge.ocpp.v201.availability;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.v201.types.CustomDataType;

/**
 * OCPP 2.0.1 HeartbeatRequest (functional block G Availability, use case G02): the station is alive and asks for
 * the current time.
 *
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record HeartbeatRequest(
        CustomDataType customData) implements OcppRequest<HeartbeatResponse> {
}
