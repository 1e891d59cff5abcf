package io.gridcharge.gateway.v201;

import io.gridcharge.domain.energy.PlanEvCharging;
import io.gridcharge.domain.energy.RecordSmartChargingReports;
import io.gridcharge.domain.monitoring.RecordCustomerInformation;
import io.gridcharge.domain.monitoring.RecordMonitoringReport;
import io.gridcharge.domain.monitoring.RecordStationEvents;

/**
 * The domain services that keep what 2.0.1 stations report on smart charging (K09, K12-K17) and monitoring (N02,
 * N07, N09/N10), and the planner that answers an EV's needs with a schedule (K15-K17; without it the needs are
 * only kept, answered Processing, and every EV plan is accepted).
 */
public record Ocpp201GridServices(RecordSmartChargingReports smartCharging, RecordStationEvents events,
                                  RecordMonitoringReport monitors, RecordCustomerInformation customerInformation,
                                  PlanEvCharging planner) {
    public Ocpp201GridServices {
        if (smartCharging == null || events == null || monitors == null || customerInformation == null) {
            throw new IllegalArgumentException("every smart charging and monitoring service is required");
        }
    }

    /** Without the planner. */
    public Ocpp201GridServices(RecordSmartChargingReports smartCharging, RecordStationEvents events,
                               RecordMonitoringReport monitors, RecordCustomerInformation customerInformation) {
        this(smartCharging, events, monitors, customerInformation, null);
    }
}
