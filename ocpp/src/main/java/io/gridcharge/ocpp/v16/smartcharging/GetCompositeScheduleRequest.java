package io.gridcharge.ocpp.v16.smartcharging;

import io.gridcharge.ocpp.OcppRequest;
import io.gridcharge.ocpp.validation.Require;

/** OCPP 1.6 §6.21 GetCompositeSchedule.req: the schedule the station expects to follow for duration seconds. */
public record GetCompositeScheduleRequest(Integer connectorId, Integer duration, ChargingRateUnitType chargingRateUnit)
        implements OcppRequest<GetCompositeScheduleResponse> {
    public GetCompositeScheduleRequest {
        Require.present(connectorId, "connectorId");
        Require.present(duration, "duration");
    }
}
