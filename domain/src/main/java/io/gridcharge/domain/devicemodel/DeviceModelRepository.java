package io.gridcharge.domain.devicemodel;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the device models of stations (OCPP 2.0.1 Part 1 §4) and the reports that filled them. */
public interface DeviceModelRepository {
    /**
     * Stores a part of a report in one transaction: each variable replaces what was known of it (the attributes it
     * names; characteristics when given), and the part is counted for its report. A part received before (same
     * request and sequence number) changes nothing.
     *
     * @return false when the part had been received before
     * @throws io.gridcharge.domain.shared.NotFound when the station does not exist
     */
    boolean applyReportPart(StationId stationId, DeviceReportPart part, Instant receivedAt);

    Page<StoredVariable> variables(StationId stationId, DeviceModelQuery query, PageRequest page);

    /** Every component with the number of its variables, by name, instance, EVSE and connector. */
    List<ComponentSummary> components(StationId stationId);

    Optional<DeviceReport> report(StationId stationId, int requestId);

    /** Newest first. */
    List<DeviceReport> reports(StationId stationId, int limit);
}
