package io.gridcharge.ocpp.v16.core;

import io.gridcharge.ocpp.OcppRequest;

/** OCPP 1.6 §6.29 Heartbeat.req: the station is alive; it has no fields. */
public record HeartbeatRequest() implements OcppRequest<HeartbeatResponse> {
}
