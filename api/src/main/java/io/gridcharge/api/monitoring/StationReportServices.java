package io.gridcharge.api.monitoring;

import io.gridcharge.domain.charging.TransactionEventLog;
import io.gridcharge.domain.energy.SmartChargingReportRepository;
import io.gridcharge.domain.monitoring.AlarmAdministration;
import io.gridcharge.domain.monitoring.MonitoringRepository;
import java.util.Objects;

/**
 * What the API reads of OCPP 2.0.1 stations' reports (issue 4, blocks E, K and N): transaction events, smart charging
 * reports, events, monitors and customer information, and the alarms operators' rules raise.
 */
public record StationReportServices(TransactionEventLog transactionEvents,
                                    SmartChargingReportRepository smartChargingReports,
                                    MonitoringRepository monitoring, AlarmAdministration alarms) {
    public StationReportServices {
        Objects.requireNonNull(transactionEvents, "transactionEvents");
        Objects.requireNonNull(smartChargingReports, "smartChargingReports");
        Objects.requireNonNull(monitoring, "monitoring");
        Objects.requireNonNull(alarms, "alarms");
    }
}
