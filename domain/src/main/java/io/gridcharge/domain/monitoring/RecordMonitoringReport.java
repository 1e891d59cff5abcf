package io.gridcharge.domain.monitoring;

import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * A station reports the monitors it runs (OCPP 2.0.1 N02 NotifyMonitoringReport, in answer to GetMonitoringReport):
 * each replaces what was known of the monitor with its id, so the platform's list is what the station last said.
 * Monitors the station cleared since are not forgotten until a report leaves them out: OCPP gives no "removed"
 * in a report, and the ClearVariableMonitoring answer names the ids, which the operator reads.
 */
public final class RecordMonitoringReport {
    private final MonitoringRepository monitoring;
    private final Clock clock;

    public RecordMonitoringReport(MonitoringRepository monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    public void record(StationId stationId, List<VariableMonitor> monitors) {
        Instant now = clock.instant();
        monitoring.putMonitors(stationId, monitors.stream().map(m -> m.reportedAt(now)).toList());
    }
}
