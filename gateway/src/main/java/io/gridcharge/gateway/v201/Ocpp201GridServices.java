package io.gridcharge.gateway.v201;

import io.gridcharge.domain.energy.RecordSmartChargingReports;
import io.gridcharge.domain.monitoring.RecordCustomerInformation;
import io.gridcharge.domain.monitoring.RecordMonitoringReport;
import io.gridcharge.domain.monitoring.RecordStationEvents;

/**
 * The domain services that keep what 2.0.1 stations report on smart charging (K09, K12-K17) and monitoring (N02,
 * N07, N09/N10).
 */
public record Ocpp201GridServices(RecordSmartChargingReports smartCharging, RecordStationEvents events,
                                  RecordMonitoringReport monitors, RecordCustomerInformation customerInformation) {
    public Ocpp201GridServices {
        if (smartCharging == null || events == null || monitors == null || customerInformation == null) {
            throw new IllegalArgumentException("every smart charging and monitoring service is required");
        }
    }
}
