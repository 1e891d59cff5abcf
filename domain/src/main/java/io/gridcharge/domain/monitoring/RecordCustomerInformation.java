package io.gridcharge.domain.monitoring;

import java.time.Clock;
import java.util.logging.Logger;

/**
 * A part of a station's customer information report (OCPP 2.0.1 N09/N10), kept by request and sequence number; a
 * part received again changes nothing.
 */
public final class RecordCustomerInformation {
    private static final Logger LOG = Logger.getLogger(RecordCustomerInformation.class.getName());

    private final MonitoringRepository monitoring;
    private final Clock clock;

    public RecordCustomerInformation(MonitoringRepository monitoring, Clock clock) {
        this.monitoring = monitoring;
        this.clock = clock;
    }

    public void record(CustomerInformationPart part) {
        if (!monitoring.addCustomerInformation(part.receivedAt(clock.instant()))) {
            LOG.fine(() -> "station " + part.stationId() + ": customer information " + part.requestId() + " part "
                    + part.seqNo() + " received again, ignored");
        }
    }
}
