package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.event.EventPublisher;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * A station sends a part of its device model report (OCPP 2.0.1 NotifyReport, B07.FR / B08.FR): kept, each
 * variable replacing what was known of it, so that the station's model in the platform is what it last said.
 * When the last part has come the report is announced, with the parts that never came.
 */
public final class RecordDeviceReport {
    private static final Logger LOG = Logger.getLogger(RecordDeviceReport.class.getName());

    private final DeviceModelRepository models;
    private final EventPublisher events;
    private final Clock clock;

    public RecordDeviceReport(DeviceModelRepository models, EventPublisher events, Clock clock) {
        this.models = models;
        this.events = events;
        this.clock = clock;
    }

    public void record(StationId stationId, DeviceReportPart part) {
        boolean fresh = models.applyReportPart(stationId, part, clock.instant());
        if (!fresh) {
            LOG.fine(() -> "station " + stationId + ": report " + part.requestId() + " part " + part.seqNo()
                    + " received again, ignored");
            return;
        }
        if (!part.continues()) {
            models.report(stationId, part.requestId()).ifPresent(report -> {
                if (report.missingParts() > 0) {
                    LOG.warning(() -> "station " + stationId + ": report " + part.requestId() + " ended with "
                            + report.missingParts() + " parts missing");
                }
                events.publish(new DeviceModelEvents.DeviceReportReceived(stationId, report, clock.instant()));
            });
        }
    }
}
