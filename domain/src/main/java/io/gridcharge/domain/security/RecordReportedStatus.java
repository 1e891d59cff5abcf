package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;
import java.time.Clock;

/** Keeps what stations report about log uploads and signed firmware updates, as per-station history. */
public final class RecordReportedStatus {
    private final ReportedStatusRepository history;
    private final Clock clock;

    public RecordReportedStatus(ReportedStatusRepository history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    public ReportedStatus record(StationId station, ReportedStatus.Kind kind, String status, Integer requestId) {
        return history.append(new ReportedStatus(0, station, kind, status, requestId, clock.instant()));
    }

    public Page<ReportedStatus> list(StationId station, ReportedStatus.Kind kind, PageRequest page) {
        return history.list(station, kind, page);
    }
}
