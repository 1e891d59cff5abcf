package io.gridcharge.ocpp.v201.availability;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.v201.types.CustomDataType;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/**
 * OCPP 2.0.1 HeartbeatResponse: the answer to {@link HeartbeatRequest}.
 *
 * @param currentTime Contains the current time of the CSMS.
 * @param customData vendor extension of this object, see {@link CustomDataType}
 */
public record HeartbeatResponse(
        Instant currentTime,
        CustomDataType customData) implements OcppResponse {

    public HeartbeatResponse {
        Require.present(currentTime, "currentTime");
    }

    /** The required fields only. */
    public static HeartbeatResponse of(Instant currentTime) {
        return new HeartbeatResponse(currentTime, null);
    }
}
