package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.OcppResponse;
import io.gridcharge.ocpp.validation.Require;
import java.time.Instant;

/** OCPP 1.6 §6.22 GetCompositeSchedule.conf; the schedule's periods are relative to scheduleStart. */
public record GetCompositeScheduleResponse(
        GetCompositeScheduleStatus status,
        Integer connectorId,
        Instant scheduleStart,
        ChargingSchedule chargingSchedule) implements OcppResponse {
    public GetCompositeScheduleResponse {
        Require.present(status, "status");
    }
}
