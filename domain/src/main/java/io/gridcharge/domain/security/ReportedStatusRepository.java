package io.gridcharge.domain.security;

import io.gridcharge.domain.shared.Page;
import io.gridcharge.domain.shared.PageRequest;
import io.gridcharge.domain.station.StationId;

/** Where the progress of stations' log uploads and signed firmware updates is kept, as history. */
public interface ReportedStatusRepository {

    /** Stores the report (its id is ignored) and returns it with the id it was given. */
    ReportedStatus append(ReportedStatus status);

    /** A station's reports of one kind, newest first. */
    Page<ReportedStatus> list(StationId station, ReportedStatus.Kind kind, PageRequest page);
}
