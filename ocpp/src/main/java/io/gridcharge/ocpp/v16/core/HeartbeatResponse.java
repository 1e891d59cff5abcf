package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.30 Heartbeat.conf: the central system's clock, for the station to synchronize with (§4.6). */
public record HeartbeatResponse(Instant currentTime) implements OcppResponse {
    public HeartbeatResponse {
        Require.present(currentTime, "currentTime");
    }
}
