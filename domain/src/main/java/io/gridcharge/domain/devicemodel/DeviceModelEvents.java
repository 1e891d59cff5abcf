package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.event.DomainEvent;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;

/** The events of the device model context. */
public final class DeviceModelEvents {
    private DeviceModelEvents() {
    }

    /** The last part of a report arrived; {@code report} tells whether any part is missing. */
    public record DeviceReportReceived(StationId stationId, DeviceReport report, Instant at) implements DomainEvent {
    }
}
